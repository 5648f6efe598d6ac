package uk.beacon.delivery;

import com.icegreen.greenmail.util.DummySSLServerSocketFactory;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;

/**
 * A minimal SMTP server that offers STARTTLS and refuses mail until the client has switched to TLS
 * (GreenMail 2.1.8 has no STARTTLS). Its certificate is GreenMail's self-signed test certificate.
 * It records each message it accepts and whether it arrived over TLS.
 */
final class StartTlsSmtpServer implements AutoCloseable {

    record Received(String data, boolean overTls, String protocol) {
    }

    private final ServerSocket server;
    private final SSLContext tls;
    final List<Received> received = new CopyOnWriteArrayList<>();
    final List<String> refusedBeforeTls = new CopyOnWriteArrayList<>();
    private final Thread thread;

    StartTlsSmtpServer() throws Exception {
        KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        kmf.init(new DummySSLServerSocketFactory().getKeyStore(), "changeit".toCharArray());
        tls = SSLContext.getInstance("TLS");
        tls.init(kmf.getKeyManagers(), null, null);
        server = new ServerSocket(0, 10, InetAddress.getLoopbackAddress());
        thread = new Thread(this::serve, "starttls-smtp");
        thread.setDaemon(true);
        thread.start();
    }

    int port() {
        return server.getLocalPort();
    }

    private void serve() {
        while (!server.isClosed()) {
            try (Socket s = server.accept()) {
                converse(s);
            } catch (IOException e) {
                // closed, or the client went away: next connection
            }
        }
    }

    private void converse(Socket plain) throws IOException {
        Socket s = plain;
        BufferedReader in = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.ISO_8859_1));
        OutputStream out = s.getOutputStream();
        reply(out, "220 starttls-test ESMTP");
        boolean secure = false;
        String line;
        while ((line = in.readLine()) != null) {
            String cmd = line.toUpperCase(java.util.Locale.ROOT);
            if (cmd.startsWith("EHLO")) {
                reply(out, secure ? "250-starttls-test\r\n250 8BITMIME" : "250-starttls-test\r\n250-8BITMIME\r\n250 STARTTLS");
            } else if (cmd.startsWith("STARTTLS")) {
                reply(out, "220 go ahead");
                SSLSocket ssl = (SSLSocket) tls.getSocketFactory().createSocket(s, s.getInetAddress().getHostAddress(), s.getPort(), true);
                ssl.setUseClientMode(false);
                ssl.startHandshake();
                s = ssl;
                secure = true;
                in = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.ISO_8859_1));
                out = s.getOutputStream();
            } else if (!secure && (cmd.startsWith("MAIL") || cmd.startsWith("RCPT") || cmd.startsWith("DATA") || cmd.startsWith("AUTH"))) {
                refusedBeforeTls.add(line);
                reply(out, "530 Must issue a STARTTLS command first");
            } else if (cmd.startsWith("DATA")) {
                reply(out, "354 end with .");
                ByteArrayOutputStream data = new ByteArrayOutputStream();
                String l;
                while ((l = in.readLine()) != null && !l.equals(".")) {
                    data.write((l + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
                }
                received.add(new Received(data.toString(StandardCharsets.ISO_8859_1), secure,
                        secure ? ((SSLSocket) s).getSession().getProtocol() : "plain"));
                reply(out, "250 accepted");
            } else if (cmd.startsWith("QUIT")) {
                reply(out, "221 bye");
                return;
            } else {
                reply(out, "250 ok");
            }
        }
    }

    private static void reply(OutputStream out, String text) throws IOException {
        out.write((text + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
