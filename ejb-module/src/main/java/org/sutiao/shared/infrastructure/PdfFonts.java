package org.sutiao.shared.infrastructure;

import com.lowagie.text.pdf.BaseFont;

import java.io.File;
import java.util.ArrayList;
import java.util.List;

/**
 * The CJK font embedded in generated PDFs, looked up once: the system property {@code sutiao.pdf.font} (a file,
 * {@code ,n} selects a face of a collection), then Source Han Sans SC in the server's configuration directory (placed
 * there by server-config), then Debian's Noto Sans CJK. OpenPDF embeds the glyphs used (Identity-H), rare characters
 * outside the BMP included.
 */
public final class PdfFonts {
    private static volatile BaseFont font;

    private PdfFonts() {
    }

    /**
     * The font.
     *
     * @throws IllegalStateException when no CJK font is installed (operators: see README)
     */
    public static BaseFont cjk() {
        BaseFont f = font;
        if (f == null) {
            synchronized (PdfFonts.class) {
                if (font == null) {
                    font = load();
                }
                f = font;
            }
        }
        return f;
    }

    private static BaseFont load() {
        List<String> candidates = new ArrayList<>();
        String configured = org.sutiao.shared.infrastructure.Settings.fromEnvironment()
                .get(org.sutiao.shared.infrastructure.Settings.PDF_FONT).orElse(null);
        if (configured != null && !configured.isBlank()) {
            candidates.add(configured.strip());
        }
        String configDir = System.getProperty("jboss.server.config.dir");
        if (configDir != null) {
            candidates.add(configDir + "/fonts/SourceHanSansSC-Regular.otf");
        }
        candidates.add("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc,2");
        for (String c : candidates) {
            String file = c.contains(".ttc,") ? c.substring(0, c.lastIndexOf(',')) : c;
            if (new File(file).isFile()) {
                try {
                    return BaseFont.createFont(c, BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
                } catch (Exception e) {
                    throw new IllegalStateException("CJK font " + c + " cannot be loaded", e);
                }
            }
        }
        throw new IllegalStateException("No CJK font for PDFs: tried " + candidates);
    }
}
