package org.sutiao.cases.domain;

import org.sutiao.shared.domain.InvalidInputException;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * What may be uploaded as a case material: PDF, JPEG, PNG or DOCX, at most 20 MB each. The type is decided by
 * the content (magic numbers; for DOCX a ZIP holding {@code word/document.xml}), never by the file name.
 */
public final class MaterialPolicy {
    /** Maximum size of one material in bytes (20 MiB). */
    public static final long MAX_BYTES = 20L * 1024 * 1024;
    public static final String PDF = "application/pdf";
    public static final String JPEG = "image/jpeg";
    public static final String PNG = "image/png";
    public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private MaterialPolicy() {
    }

    /**
     * Checks a file and returns its real content type.
     *
     * @param field    the input field to blame in the error (e.g. {@code materials[0]})
     * @param fileName the original name (kept; not used to decide the type)
     * @throws InvalidInputException when empty, larger than 20 MB, or not one of the four types
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
        String type = sniff(content);
        if (type == null) {
            throw new InvalidInputException(field, "material.typeInvalid", fileName);
        }
        return type;
    }

    /** The content type recognised from the bytes, or null when none of the accepted types. */
    public static String sniff(byte[] b) {
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

    private static boolean isWordDocument(byte[] b) {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(b))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if ("word/document.xml".equals(e.getName())) {
                    return true;
                }
            }
            return false;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }
}
