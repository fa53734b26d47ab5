package se.stockholm.vfu.it;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * The mail tests' SMTP server: GreenMail, started inside the test server on the port its mail session sends to
 * ({@code vfu.smtp.port}, reserved by the build, see arquillian.xml), so the portal's real mail session is tested.
 */
public final class TestSmtp {

    private TestSmtp() {
    }

    /** A started server; the test stops it when done (the next mail test starts its own on the same port). */
    public static GreenMail start() {
        int port = Integer.parseInt(System.getProperty("vfu.smtp.port"));
        GreenMail smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        return smtp;
    }
}
