package org.sutiao.agreements.infrastructure;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import jakarta.enterprise.context.ApplicationScoped;
import org.sutiao.agreements.domain.AgreementContent;
import org.sutiao.agreements.domain.ClaimOutcome;
import org.sutiao.agreements.domain.Obligation;
import org.sutiao.cases.domain.Claim;
import org.sutiao.cases.domain.MediationCase;
import org.sutiao.cases.domain.Party;
import org.sutiao.shared.infrastructure.PdfFonts;

import java.io.ByteArrayOutputStream;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Renders the mediation agreement (调解协议书) from the template: heading, case and center, the parties, the facts and
 * disputed points, each claim settled or not, the obligations, the terms, and the signature block for every party,
 * the mediator and the center. Chinese text (rare characters included) with the embedded {@link PdfFonts#cjk()}.
 */
@ApplicationScoped
public class AgreementPdf {

    /** The PDF bytes of the agreement for {@code c} with {@code content} (revision {@code revision}). */
    public byte[] render(MediationCase c, AgreementContent content, int revision) {
        Font title = new Font(PdfFonts.cjk(), 18, Font.BOLD);
        Font heading = new Font(PdfFonts.cjk(), 12, Font.BOLD);
        Font body = new Font(PdfFonts.cjk(), 10.5f);
        Map<Long, Party> parties = c.parties().stream().collect(Collectors.toMap(Party::id, Function.identity()));
        Map<Integer, Claim> claims = c.claims().stream().collect(Collectors.toMap(Claim::seq, Function.identity()));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document(PageSize.A4, 56, 56, 56, 56);
        PdfWriter.getInstance(doc, out);
        doc.addTitle("调解协议书 " + c.caseNumber());
        doc.open();
        Paragraph t = new Paragraph("调解协议书", title);
        t.setAlignment(Element.ALIGN_CENTER);
        doc.add(t);
        Paragraph no = new Paragraph(c.caseNumber() + "（第 " + revision + " 稿）", body);
        no.setAlignment(Element.ALIGN_RIGHT);
        doc.add(no);
        doc.add(new Paragraph("调解组织：" + c.center().name(), body));
        if (c.referringCourt() != null) {
            doc.add(new Paragraph("委派/委托法院：" + c.referringCourt().name() + "　" + nz(c.courtCaseNumber()), body));
        }
        doc.add(new Paragraph("调解员：" + (c.mediator() == null ? "" : c.mediator().name()), body));
        doc.add(new Paragraph("一、当事人", heading));
        for (Party p : c.parties()) {
            doc.add(new Paragraph(roleName(p) + "：" + p.name()
                    + (p.creditCode() != null ? "（统一社会信用代码 " + p.creditCode() + "）"
                    : p.maskedIdNumber() != null ? "（证件号码 " + p.maskedIdNumber() + "）" : ""), body));
        }
        doc.add(new Paragraph("二、案件事实与争议焦点", heading));
        doc.add(new Paragraph(content.facts(), body));
        doc.add(new Paragraph("三、调解请求处理情况（" + ("FULL".equals(content.scope().name()) ? "全部达成协议" : "部分达成协议")
                + "）", heading));
        for (ClaimOutcome o : content.claimOutcomes()) {
            Claim cl = claims.get(o.claimSeq());
            doc.add(new Paragraph(o.claimSeq() + ". " + (cl == null ? "" : cl.text()) + "：" + (o.settled() ? "达成协议" : "未达成协议"),
                    body));
        }
        doc.add(new Paragraph("四、协议内容", heading));
        PdfPTable table = new PdfPTable(new float[]{0.6f, 1.6f, 1.6f, 3.2f, 1.6f, 1.4f});
        table.setWidthPercentage(100);
        for (String h : new String[]{"序号", "履行义务人", "权利人", "内容与方式", "金额", "履行期限"}) {
            table.addCell(new PdfPCell(new Paragraph(h, heading)));
        }
        for (int i = 0; i < content.obligations().size(); i++) {
            Obligation o = content.obligations().get(i);
            table.addCell(new PdfPCell(new Paragraph(String.valueOf(i + 1), body)));
            table.addCell(new PdfPCell(new Paragraph(name(parties, o.obligorPartyId()), body)));
            table.addCell(new PdfPCell(new Paragraph(name(parties, o.obligeePartyId()), body)));
            table.addCell(new PdfPCell(new Paragraph(o.description() + (o.method() == null || o.method().isBlank() ? ""
                    : "（" + o.method() + "）"), body)));
            table.addCell(new PdfPCell(new Paragraph(o.amount() == null ? "—" : o.currency() + " " + o.amount().toPlainString(),
                    body)));
            table.addCell(new PdfPCell(new Paragraph(String.valueOf(o.dueDate()), body)));
        }
        doc.add(table);
        doc.add(new Paragraph(content.terms(), body));
        doc.add(new Paragraph("五、本协议经各方当事人、调解员签名并经调解组织盖章后生效。当事人可自协议生效之日起三十日内共同向有管辖权的人民法院申请司法确认。",
                body));
        doc.add(new Paragraph("签署", heading));
        for (Party p : c.parties()) {
            doc.add(new Paragraph(roleName(p) + "（签名）：" + p.name() + "　　　　日期：", body));
        }
        doc.add(new Paragraph("调解员（签名）：" + (c.mediator() == null ? "" : c.mediator().name()) + "　　　　日期：", body));
        doc.add(new Paragraph("调解组织（盖章）：" + c.center().name() + "　　　　日期：", body));
        doc.close();
        return out.toByteArray();
    }

    private static String roleName(Party p) {
        return switch (p.role()) {
            case APPLICANT -> "申请人";
            case RESPONDENT -> "被申请人";
            default -> "第三人";
        };
    }

    private static String name(Map<Long, Party> parties, Long id) {
        Party p = parties.get(id);
        return p == null ? String.valueOf(id) : p.name();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
