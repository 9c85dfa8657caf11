package org.sutiao.cases.domain;

import org.sutiao.testing.ZipBomb;

import org.junit.jupiter.api.Test;
import org.sutiao.shared.domain.InvalidInputException;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Material types are recognised by content, never by name; size and emptiness are checked. */
class MaterialPolicyTest {
    @Test
    void recognisesTheFourTypesByContent() throws IOException {
        assertEquals(MaterialPolicy.PDF, MaterialPolicy.check("f", "起诉状.docx", "%PDF-1.7 ...".getBytes(StandardCharsets.US_ASCII)));
        assertEquals(MaterialPolicy.JPEG, MaterialPolicy.check("f", "a.pdf", new byte[]{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0x10}));
        assertEquals(MaterialPolicy.PNG, MaterialPolicy.check("f", "a", new byte[]{(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0}));
        assertEquals(MaterialPolicy.DOCX, MaterialPolicy.check("f", "合同.docx", zip("word/document.xml")));
    }

    @Test
    void refusesOtherContentWhateverTheName() throws IOException {
        assertThrows(InvalidInputException.class, () -> MaterialPolicy.check("f", "a.pdf", "MZ\u0090 exe".getBytes(StandardCharsets.ISO_8859_1)));
        byte[] plainZip = zip("readme.txt");
        assertThrows(InvalidInputException.class, () -> MaterialPolicy.check("f", "a.docx", plainZip));
        assertThrows(InvalidInputException.class, () -> MaterialPolicy.check("f", "a.pdf", new byte[0]));
    }

    @Test
    void refusesFilesOverTwentyMegabytes() {
        byte[] big = new byte[(int) MaterialPolicy.MAX_BYTES + 1];
        big[0] = '%'; big[1] = 'P'; big[2] = 'D'; big[3] = 'F'; big[4] = '-';
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> MaterialPolicy.check("m", "big.pdf", big));
        assertEquals("material.tooLarge", e.fieldErrors().get(0).messageKey());
        byte[] limit = new byte[(int) MaterialPolicy.MAX_BYTES];
        System.arraycopy(big, 0, limit, 0, 5);
        assertEquals(MaterialPolicy.PDF, MaterialPolicy.check("m", "limit.pdf", limit));
    }

    @Test
    void aDocxBombIsRefusedAtTheCapNotInflated() {
        byte[] bomb = ZipBomb.docx(64, 64 * 1024 * 1024);
        assertTrue(bomb.length < 5 * 1024 * 1024, "about 4 MB: " + bomb.length);
        long start = System.nanoTime();
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> MaterialPolicy.check("f", "合同.docx", bomb));
        System.out.printf("A %d-byte DOCX inflating to 4 GiB refused in %d ms%n", bomb.length,
                (System.nanoTime() - start) / 1_000_000);
        assertEquals("material.archiveTooLarge", e.fieldErrors().get(0).messageKey());
        assertEquals(null, MaterialPolicy.sniff(bomb));
    }

    @Test
    void aDocxJustUnderTheCapsPassesAndOneOverDoesNot() {
        int size = 1024 * 1024;
        byte[] picture = ZipBomb.sparse(size);
        assertEquals(MaterialPolicy.DOCX, MaterialPolicy.check("f", "a.docx",
                ZipBomb.docx((int) (MaterialPolicy.MAX_DOCX_UNCOMPRESSED / size) - 1, picture)));
        InvalidInputException over = assertThrows(InvalidInputException.class, () -> MaterialPolicy.check("f", "a.docx",
                ZipBomb.docx((int) (MaterialPolicy.MAX_DOCX_UNCOMPRESSED / size), picture)));
        assertEquals("material.archiveTooLarge", over.fieldErrors().get(0).messageKey(), "64 MiB plus the document");
        assertEquals(MaterialPolicy.DOCX, MaterialPolicy.check("f", "a.docx",
                ZipBomb.docx(MaterialPolicy.MAX_DOCX_ENTRIES - 1, 10)));
        InvalidInputException many = assertThrows(InvalidInputException.class, () -> MaterialPolicy.check("f", "a.docx",
                ZipBomb.docx(MaterialPolicy.MAX_DOCX_ENTRIES, 10)));
        assertEquals("material.archiveTooLarge", many.fieldErrors().get(0).messageKey(), "one entry too many");
    }

    @Test
    void anEntryPackedMoreThanAHundredToOneIsABomb() {
        byte[] paragraph = "<w:p><w:r><w:t>调解协议第十条</w:t></w:r></w:p>".getBytes(StandardCharsets.UTF_8);
        byte[] text = new byte[4 * 1024 * 1024];
        for (int i = 0; i < text.length; i++) {
            text[i] = paragraph[i % paragraph.length];
        }
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> MaterialPolicy.check("f", "a.docx", ZipBomb.docx(1, text)), "repeated text packs over 100:1");
        assertEquals("material.archiveTooLarge", e.fieldErrors().get(0).messageKey());
        byte[] mixed = ZipBomb.incompressible(4 * 1024 * 1024);
        for (int i = 0; i < mixed.length; i += 4) {
            mixed[i] = 0;
            mixed[i + 1] = 0;
        }
        assertEquals(MaterialPolicy.DOCX, MaterialPolicy.check("f", "a.docx", ZipBomb.docx(1, mixed)),
                "an entry that packs 2:1 passes");
    }

    private static byte[] zip(String entry) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            z.putNextEntry(new ZipEntry(entry));
            z.write("<w:document/>".getBytes(StandardCharsets.UTF_8));
            z.closeEntry();
        }
        return out.toByteArray();
    }
}
