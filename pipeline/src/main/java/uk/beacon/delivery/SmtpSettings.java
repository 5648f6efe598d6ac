package uk.beacon.delivery;

import java.net.InetAddress;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * The mail server, from the environment only (never from a file in the repository):
 * BEACON_SMTP_HOST, BEACON_SMTP_PORT, BEACON_SMTP_FROM, BEACON_SMTP_USER, BEACON_SMTP_PASSWORD,
 * BEACON_SMTP_SECURITY (starttls, the default; tls; none) and BEACON_SMTP_SSL_TRUST.
 *
 * <p>{@code starttls} requires the server to offer STARTTLS and checks its certificate: a message is
 * never sent in clear. {@code tls} is implicit TLS (SMTPS, usually port 465). {@code none} sends in
 * clear and is accepted only for a relay on this machine (a loopback address).
 */
public record SmtpSettings(String host, int port, String from, String user, String password, Security security, String sslTrust) {

    public enum Security { STARTTLS, TLS, NONE }

    /** Thrown with a sentence saying which variable to set, and how. */
    public static final class NotConfigured extends Exception {
        NotConfigured(String message) {
            super(message);
        }
    }

    public static SmtpSettings fromEnvironment(Map<String, String> env) throws NotConfigured {
        String host = get(env, "BEACON_SMTP_HOST");
        if (host == null) {
            throw new NotConfigured("no mail server: set BEACON_SMTP_HOST and BEACON_SMTP_FROM (and BEACON_SMTP_USER, BEACON_SMTP_PASSWORD) "
                    + "in the environment, or deliver into folders with --drop-folder DIR");
        }
        String from = get(env, "BEACON_SMTP_FROM");
        if (from == null) {
            throw new NotConfigured("BEACON_SMTP_FROM is not set: give the sender's address, e.g. beacon@your-organisation.gov.uk");
        }
        Security security;
        String s = get(env, "BEACON_SMTP_SECURITY");
        try {
            security = s == null ? Security.STARTTLS : Security.valueOf(s.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new NotConfigured("BEACON_SMTP_SECURITY is '" + s + "': use starttls (the default), tls or none");
        }
        if (security == Security.NONE && !isLoopback(host)) {
            throw new NotConfigured("BEACON_SMTP_SECURITY=none sends in clear and is allowed only for a relay on this machine, not "
                    + host + ": use starttls or tls");
        }
        int port = switch (security) {
            case STARTTLS -> 587;
            case TLS -> 465;
            case NONE -> 25;
        };
        String p = get(env, "BEACON_SMTP_PORT");
        if (p != null) {
            try {
                port = Integer.parseInt(p);
            } catch (NumberFormatException e) {
                throw new NotConfigured("BEACON_SMTP_PORT is '" + p + "': give a port number such as 587");
            }
        }
        String user = get(env, "BEACON_SMTP_USER");
        String password = get(env, "BEACON_SMTP_PASSWORD");
        if ((user == null) != (password == null)) {
            throw new NotConfigured("set both BEACON_SMTP_USER and BEACON_SMTP_PASSWORD, or neither");
        }
        return new SmtpSettings(host, port, from, user, password, security, get(env, "BEACON_SMTP_SSL_TRUST"));
    }

    /** Jakarta Mail session properties. */
    Properties properties() {
        String protocol = protocol();
        Properties p = new Properties();
        p.put("mail.transport.protocol", protocol);
        p.put("mail." + protocol + ".host", host);
        p.put("mail." + protocol + ".port", String.valueOf(port));
        p.put("mail." + protocol + ".auth", String.valueOf(user != null));
        p.put("mail." + protocol + ".connectiontimeout", "20000");
        p.put("mail." + protocol + ".timeout", "60000");
        p.put("mail." + protocol + ".writetimeout", "60000");
        if (security == Security.STARTTLS) {
            p.put("mail.smtp.starttls.enable", "true");
            p.put("mail.smtp.starttls.required", "true");
        }
        if (security != Security.NONE) {
            // The server's certificate is checked against the trusted CAs and its name, unless the operator
            // names hosts whose certificate is to be trusted as it is (a relay with its own certificate).
            p.put("mail." + protocol + ".ssl.checkserveridentity", String.valueOf(sslTrust == null));
            if (sslTrust != null) {
                p.put("mail." + protocol + ".ssl.trust", sslTrust);
            }
        }
        return p;
    }

    String protocol() {
        return security == Security.TLS ? "smtps" : "smtp";
    }

    /** Never shows the password. */
    @Override
    public String toString() {
        return security.name().toLowerCase(Locale.ROOT) + "://" + host + ":" + port + (user != null ? " as " + user : "");
    }

    private static boolean isLoopback(String host) {
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (java.net.UnknownHostException e) {
            return false;
        }
    }

    private static String get(Map<String, String> env, String name) {
        String v = env.get(name);
        return v == null || v.isBlank() ? null : v.trim();
    }
}
