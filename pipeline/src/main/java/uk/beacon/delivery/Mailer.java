package uk.beacon.delivery;

import jakarta.activation.DataHandler;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import uk.beacon.render.ManifestEntry;

/** Sends one message over SMTP (Jakarta Mail, Eclipse Angus): the text, then each file attached. */
class Mailer {

    void send(SmtpSettings smtp, Recipient r, String subject, String text, List<ManifestEntry> files, Path runFolder)
            throws MessagingException, IOException {
        Session session = Session.getInstance(smtp.properties());
        MimeMessage m = new MimeMessage(session);
        m.setFrom(new InternetAddress(smtp.from()));
        m.setRecipient(Message.RecipientType.TO, new InternetAddress(r.address(), r.name(), StandardCharsets.UTF_8.name()));
        m.setSubject(subject, StandardCharsets.UTF_8.name());
        m.setSentDate(new Date());
        MimeMultipart body = new MimeMultipart("mixed");
        MimeBodyPart textPart = new MimeBodyPart();
        textPart.setText(text, StandardCharsets.UTF_8.name());
        body.addBodyPart(textPart);
        for (ManifestEntry e : files) {
            MimeBodyPart part = new MimeBodyPart();
            part.setDataHandler(new DataHandler(new ByteArrayDataSource(Delivery.verifiedBytes(runFolder, e), contentType(e.path()))));
            part.setFileName(Path.of(e.path()).getFileName().toString());
            part.setDisposition(MimeBodyPart.ATTACHMENT);
            body.addBodyPart(part);
        }
        m.setContent(body);
        m.saveChanges();
        try (Transport t = session.getTransport(smtp.protocol())) {
            t.connect(smtp.host(), smtp.port(), smtp.user(), smtp.password());
            t.sendMessage(m, m.getAllRecipients());
        }
    }

    static String contentType(String path) {
        String p = path.toLowerCase(Locale.ROOT);
        if (p.endsWith(".pdf")) {
            return "application/pdf";
        }
        if (p.endsWith(".csv")) {
            return "text/csv; charset=UTF-8";
        }
        if (p.endsWith(".xlsx")) {
            return "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
        }
        if (p.endsWith(".txt")) {
            return "text/plain; charset=UTF-8";
        }
        return "application/octet-stream";
    }

    /** The cause of a failure in one line: the innermost message that says something, without stack traces. */
    static String oneLine(Throwable e) {
        StringBuilder sb = new StringBuilder();
        Throwable t = e;
        String last = null;
        while (t != null) {
            String msg = t.getMessage();
            if (msg != null && !msg.isBlank() && (last == null || !last.contains(msg))) {
                if (sb.length() > 0) {
                    sb.append(": ");
                }
                sb.append(msg.replaceAll("\\s+", " ").trim());
                last = msg;
            }
            t = t.getCause() == t ? null : t.getCause();
        }
        return sb.length() == 0 ? e.getClass().getSimpleName() : sb.toString();
    }
}
