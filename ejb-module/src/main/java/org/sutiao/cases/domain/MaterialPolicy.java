package org.sutiao.cases.domain;

import org.sutiao.shared.domain.InvalidInputException;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * What may be uploaded as a case material: PDF, JPEG, PNG or DOCX, at most 20 MB each. The type is decided by
 * the content (magic numbers; for DOCX a ZIP holding {@code word/document.xml}), never by the file name. A DOCX is
 * read entry by entry with its entry count and total uncompressed size capped while reading, so a small file that
 * inflates to gigabytes (a "zip bomb") is refused at the cap instead of being inflated (OWASP ASVS 4.0 V5.2.3).
 */
public final class MaterialPolicy {
    /** Maximum size of one material in bytes (20 MiB). */
    public static final long MAX_BYTES = 20L * 1024 * 1024;
    public static final String PDF = "application/pdf";
    public static final String JPEG = "image/jpeg";
    public static final String PNG = "image/png";
    public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    /** Most entries a DOCX may hold (a long report with pictures holds a few hundred). */
    public static final int MAX_DOCX_ENTRIES = 1000;
    /** Most bytes a DOCX may inflate to, all entries together (64 MiB: three times the largest upload). */
    public static final long MAX_DOCX_UNCOMPRESSED = 64L * 1024 * 1024;
    /**
     * Most an entry may inflate per packed byte once past 1 MiB (100:1; XML packs about 10:1, pictures 1:1, a
     * bomb 1000:1), as Apache POI's {@code ZipSecureFile} minimum inflate ratio of 0.01: a bomb is caught after 1 MiB.
     */
    public static final int MAX_DOCX_RATIO = 100;
    private static final long RATIO_CHECKED_FROM = 1024 * 1024;

    private MaterialPolicy() {
    }

    /**
     * Checks a file and returns its real content type.
     *
     * @param field    the input field to blame in the error (e.g. {@code materials[0]})
     * @param fileName the original name (kept; not used to decide the type)
     * @throws InvalidInputException when empty, larger than 20 MB, not one of the four types
     *                               ({@code material.typeInvalid}), or a DOCX with more than
     *                               {@value #MAX_DOCX_ENTRIES} entries, inflating to more than 64 MiB or an entry
     *                               to more than {@value #MAX_DOCX_RATIO} times its packed size
     *                               ({@code material.archiveTooLarge})
     */
    public static String check(String field, String fileName, byte[] content) {
        if (fileName == null || fileName.isBlank() || fileName.length() > 255) {
            throw new InvalidInputException(field, "material.fileNameInvalid");
        }
        if (content == null || content.length == 0) {
            throw new InvalidInputException(field, "material.empty", fileName);
        }
        if (content.length > MAX_BYTES) {
            throw new InvalidInputException(field, "material.tooLarge", fileName, 20);
        }
        String type;
        try {
            type = recognise(content);
        } catch (ArchiveTooLarge e) {
            throw new InvalidInputException(field, "material.archiveTooLarge", fileName,
                    MAX_DOCX_UNCOMPRESSED / (1024 * 1024), MAX_DOCX_RATIO, MAX_DOCX_ENTRIES);
        }
        if (type == null) {
            throw new InvalidInputException(field, "material.typeInvalid", fileName);
        }
        return type;
    }

    /** The content type recognised from the bytes, or null when none of the accepted types (or a DOCX over the caps). */
    public static String sniff(byte[] b) {
        try {
            return recognise(b);
        } catch (ArchiveTooLarge e) {
            return null;
        }
    }

    private static String recognise(byte[] b) throws ArchiveTooLarge {
        if (startsWith(b, new int[]{'%', 'P', 'D', 'F', '-'})) {
            return PDF;
        }
        if (startsWith(b, new int[]{0xFF, 0xD8, 0xFF})) {
            return JPEG;
        }
        if (startsWith(b, new int[]{0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A})) {
            return PNG;
        }
        if (startsWith(b, new int[]{'P', 'K', 3, 4}) && isWordDocument(b)) {
            return DOCX;
        }
        return null;
    }

    private static boolean startsWith(byte[] b, int[] magic) {
        if (b.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((b[i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }

    /**
     * True when the ZIP holds {@code word/document.xml}. Every entry is inflated here, into a small buffer that is
     * thrown away, counting entries, bytes and the packed bytes read for them: at any cap reading stops (the
     * declared sizes in the headers are not trusted, they can lie).
     */
    private static boolean isWordDocument(byte[] b) throws ArchiveTooLarge {
        boolean word = false;
        long total = 0;
        int entries = 0;
        byte[] buffer = new byte[64 * 1024];
        ByteArrayInputStream raw = new ByteArrayInputStream(b);
        try (ZipInputStream zip = new ZipInputStream(raw)) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (++entries > MAX_DOCX_ENTRIES) {
                    throw new ArchiveTooLarge();
                }
                word |= "word/document.xml".equals(e.getName());
                int packedAtStart = raw.available();
                long inflated = 0;
                for (int n = zip.read(buffer); n > 0; n = zip.read(buffer)) {
                    total += n;
                    inflated += n;
                    long packed = packedAtStart - raw.available() + 1L;
                    if (total > MAX_DOCX_UNCOMPRESSED
                            || (inflated > RATIO_CHECKED_FROM && inflated > MAX_DOCX_RATIO * packed)) {
                        throw new ArchiveTooLarge();
                    }
                }
            }
            return word;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }

    /** A DOCX over {@link #MAX_DOCX_ENTRIES} or {@link #MAX_DOCX_UNCOMPRESSED}. */
    private static final class ArchiveTooLarge extends Exception {
        private static final long serialVersionUID = 1L;

        ArchiveTooLarge() {
            super(null, null, false, false);
        }
    }
}
