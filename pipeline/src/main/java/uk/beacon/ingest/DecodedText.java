package uk.beacon.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * A text file's content and the encoding it was read in. Excel saves CSV either as UTF-8
 * (with a byte-order mark) or in the Windows-1252 code page; strict UTF-8 decoding tells
 * them apart, since Windows-1252 bytes for £, é, ’ are not valid UTF-8.
 */
public record DecodedText(String text, String encoding) {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    public static DecodedText decode(byte[] bytes) {
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            return new DecodedText(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8), "UTF-8 (BOM)");
        }
        try {
            String s = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            return new DecodedText(s, "UTF-8");
        } catch (CharacterCodingException e) {
            return new DecodedText(new String(bytes, WINDOWS_1252), "windows-1252");
        }
    }
}
