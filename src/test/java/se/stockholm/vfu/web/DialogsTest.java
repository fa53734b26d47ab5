package se.stockholm.vfu.web;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every dialog of the portal's pages closes on Escape, and the focus goes back to what opened it (WCAG 2.1.2 and
 * 2.4.3; js/dialog-focus.js gives it back). A confirmation dialog is written once, in the tag v:confirmDialog: a page
 * writing its own p:confirmDialog had no closeOnEscape, and Escape left "Inaktivera sh?" open. Only a dialog that
 * cannot be closed at all (a progress shown while the server works, closable="false") is left out.
 */
class DialogsTest {

    private static final Path WEBAPP = Path.of("src/main/webapp");
    private static final String PRIMEFACES = "http://primefaces.org/ui";
    /** The one place a p:confirmDialog is written. */
    private static final Path CONFIRM_TAG = WEBAPP.resolve("WEB-INF/tags/confirmDialog.xhtml");

    @Test
    void everyDialogClosesOnEscape() throws Exception {
        List<String> stayOpen = new ArrayList<>();
        int dialogs = 0;
        for (Path page : pages()) {
            for (String name : List.of("dialog", "confirmDialog")) {
                NodeList found = parse(page).getElementsByTagNameNS(PRIMEFACES, name);
                for (int i = 0; i < found.getLength(); i++) {
                    Element dialog = (Element) found.item(i);
                    dialogs++;
                    boolean escape = "true".equals(dialog.getAttribute("closeOnEscape"));
                    boolean closable = !"false".equals(dialog.getAttribute("closable"));
                    if (closable && !escape) {
                        stayOpen.add(WEBAPP.relativize(page) + ": p:" + name + " " + describe(dialog));
                    }
                }
            }
        }
        assertThat(dialogs).as("dialogs found in the pages").isGreaterThan(20);
        assertThat(stayOpen).as("dialogs without closeOnEscape=\"true\"").isEmpty();
    }

    @Test
    void confirmationDialogsAreThePortalsTag() throws Exception {
        List<String> ownConfirmDialogs = new ArrayList<>();
        for (Path page : pages()) {
            if (!page.equals(CONFIRM_TAG)
                    && parse(page).getElementsByTagNameNS(PRIMEFACES, "confirmDialog").getLength() > 0) {
                ownConfirmDialogs.add(WEBAPP.relativize(page).toString());
            }
        }
        assertThat(ownConfirmDialogs).as("pages writing a p:confirmDialog of their own instead of v:confirmDialog")
                .isEmpty();
        assertThat(parse(CONFIRM_TAG).getElementsByTagNameNS(PRIMEFACES, "confirmDialog").getLength()).isOne();
    }

    /**
     * Messages of a dialog or panel that show the page's messages (a {@code p:messages} without {@code for}) are
     * either a dialog's or marked {@code panel-messages}, so that what they say is not said at the top as well
     * ({@link DialogMessages}); only the layout's own and those that do not show a message again
     * ({@code redisplay="false"}) are neither. The network events page's panels said their answers at the top too.
     */
    @Test
    void messagesShowingThePagesAreADialogsOrMarked() throws Exception {
        List<String> unmarked = new ArrayList<>();
        int marked = 0;
        for (Path page : pages()) {
            NodeList found = parse(page).getElementsByTagNameNS(PRIMEFACES, "messages");
            for (int i = 0; i < found.getLength(); i++) {
                Element messages = (Element) found.item(i);
                boolean panel = List.of(messages.getAttribute("styleClass").split("\\s+"))
                        .contains(DialogMessages.PANEL_MESSAGES);
                marked += panel ? 1 : 0;
                if (!messages.hasAttribute("for") && !"false".equals(messages.getAttribute("redisplay"))
                        && !panel && !inDialog(messages)) {
                    unmarked.add(WEBAPP.relativize(page) + ": p:messages " + describe(messages));
                }
            }
        }
        assertThat(marked).as("panels' messages marked").isGreaterThanOrEqualTo(2);
        assertThat(unmarked).as("page-wide messages neither a dialog's nor marked panel-messages").isEmpty();
    }

    private static boolean inDialog(Element element) {
        for (Node parent = element.getParentNode(); parent != null; parent = parent.getParentNode()) {
            if (PRIMEFACES.equals(parent.getNamespaceURI()) && "dialog".equals(parent.getLocalName())) {
                return true;
            }
        }
        return false;
    }

    private static String describe(Element dialog) {
        for (String attribute : List.of("id", "widgetVar", "header")) {
            if (dialog.hasAttribute(attribute)) {
                return attribute + "=" + dialog.getAttribute(attribute);
            }
        }
        return "";
    }

    private static List<Path> pages() throws Exception {
        try (Stream<Path> files = Files.walk(WEBAPP)) {
            return files.filter(f -> f.toString().endsWith(".xhtml")).sorted().toList();
        }
    }

    private static Document parse(Path page) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        DocumentBuilder builder = factory.newDocumentBuilder();
        return builder.parse(page.toFile());
    }
}
