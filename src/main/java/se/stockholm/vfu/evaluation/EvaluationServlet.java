package se.stockholm.vfu.evaluation;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import se.stockholm.vfu.common.ConflictException;
import se.stockholm.vfu.common.InvalidInputException;
import se.stockholm.vfu.common.NotFoundException;

import java.io.IOException;
import java.io.PrintWriter;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static se.stockholm.vfu.common.StockholmTime.ZONE;

/**
 * The public answer page of an evaluation link, {@code /evaluation/<token>}, outside the login (web.xml lists it
 * with the public URLs). A plain servlet rather than a Faces page: it never creates an HTTP session (Faces keeps view
 * state and PrimeFaces its nonce in one), sets no cookie and runs no script, so its own Content-Security-Policy
 * allows only the portal's style sheet and posting back to itself. The token is in the path (never a query string)
 * and is the only thing that says which placement and respondent an answer belongs to; what the form posts besides
 * the scores and the free text is ignored. Swedish by default, English with {@code lang=en}.
 */
@WebServlet(urlPatterns = "/evaluation/*")
public class EvaluationServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    static final String POLICY = "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; "
            + "frame-ancestors 'none'; base-uri 'none'";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE;

    @Inject
    private EvaluationService evaluations;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Locale locale = locale(request);
        EvaluationLink link = evaluations.link(token(request));
        if (link.state() == EvaluationLink.State.OPEN) {
            form(request, response, locale, link, List.of(), null, null);
        } else {
            closed(request, response, locale, link.state());
        }
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        request.setCharacterEncoding("UTF-8");
        Locale locale = locale(request);
        String token = token(request);
        List<Integer> scores = new ArrayList<>();
        for (int i = 1; i <= EvaluationQuestions.COUNT; i++) {
            scores.add(score(request.getParameter("q" + i)));
        }
        String freeText = request.getParameter("freeText");
        try {
            evaluations.answer(token, scores, freeText);
        } catch (ConflictException closed) {
            EvaluationLink link = evaluations.link(token);
            closed(request, response, locale, link.state());
            return;
        } catch (NotFoundException unknown) {
            closed(request, response, locale, EvaluationLink.State.UNKNOWN);
            return;
        } catch (InvalidInputException invalid) {
            EvaluationLink link = evaluations.link(token);
            if (link.state() != EvaluationLink.State.OPEN) {
                closed(request, response, locale, link.state());
                return;
            }
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            form(request, response, locale, link, scores, freeText,
                    EvaluationTexts.text(locale, invalid.getMessageKey(), invalid.getArguments()));
            return;
        }
        page(request, response, locale, EvaluationTexts.text(locale, "evaluation.public.thanks.title"),
                "<p>" + escape(EvaluationTexts.text(locale, "evaluation.public.thanks")) + "</p>");
    }

    private void form(HttpServletRequest request, HttpServletResponse response, Locale locale, EvaluationLink link,
                      List<Integer> given, String freeText, String error) throws IOException {
        StringBuilder html = new StringBuilder();
        html.append("<p>").append(escape(EvaluationTexts.text(locale, "evaluation.public.intro"))).append("</p>");
        html.append("<p>").append(escape(EvaluationTexts.text(locale, "evaluation.public.until",
                DAY.format(link.expiresAt().atZone(ZONE).toLocalDate())))).append("</p>");
        if (error != null) {
            html.append("<p class=\"evaluation-error\" role=\"alert\" id=\"error\">").append(escape(error)).append("</p>");
        }
        html.append("<form method=\"post\" accept-charset=\"UTF-8\" id=\"evaluationForm\">");
        html.append("<input type=\"hidden\" name=\"lang\" value=\"").append(locale.getLanguage()).append("\"/>");
        for (int q = 1; q <= EvaluationQuestions.COUNT; q++) {
            Integer chosen = given.size() >= q ? given.get(q - 1) : null;
            boolean missing = error != null && chosen == null;
            html.append("<fieldset class=\"evaluation-question\"")
                    .append(missing ? " aria-describedby=\"error\"" : "").append("><legend>")
                    .append(escape(EvaluationTexts.text(locale, link.respondent().questionKey(q))))
                    .append(" <span class=\"evaluation-scale\">")
                    .append(escape(EvaluationTexts.text(locale, "evaluation.public.scale"))).append("</span></legend>");
            for (int v = EvaluationQuestions.MIN; v <= EvaluationQuestions.MAX; v++) {
                String id = "q" + q + "_" + v;
                html.append("<span class=\"evaluation-choice\"><input type=\"radio\" name=\"q").append(q)
                        .append("\" id=\"").append(id).append("\" value=\"").append(v).append('"')
                        .append(chosen != null && chosen == v ? " checked=\"checked\"" : "")
                        .append(" required=\"required\"/><label for=\"").append(id).append("\">")
                        .append(v).append("</label></span> ");
            }
            if (missing) {
                html.append("<span class=\"evaluation-error\">")
                        .append(escape(EvaluationTexts.text(locale, "evaluation.error.scale"))).append("</span>");
            }
            html.append("</fieldset>");
        }
        html.append("<p><label for=\"freeText\">").append(escape(EvaluationTexts.text(locale, "evaluation.public.freeText")))
                .append("</label><br/><textarea id=\"freeText\" name=\"freeText\" rows=\"6\" cols=\"60\" maxlength=\"")
                .append(EvaluationQuestions.FREE_TEXT_MAX).append("\">").append(escape(freeText == null ? "" : freeText))
                .append("</textarea></p>");
        html.append("<p class=\"evaluation-note\">").append(escape(EvaluationTexts.text(locale, "evaluation.public.privacy")))
                .append("</p>");
        html.append("<p><button type=\"submit\" id=\"send\">")
                .append(escape(EvaluationTexts.text(locale, "evaluation.public.send"))).append("</button></p></form>");
        page(request, response, locale, EvaluationTexts.text(locale, "evaluation.public.title"), html.toString());
    }

    private void closed(HttpServletRequest request, HttpServletResponse response, Locale locale,
                        EvaluationLink.State state) throws IOException {
        response.setStatus(state == EvaluationLink.State.UNKNOWN ? HttpServletResponse.SC_NOT_FOUND
                : HttpServletResponse.SC_GONE);
        String key = "evaluation.link." + state.name().toLowerCase(Locale.ROOT);
        page(request, response, locale, EvaluationTexts.text(locale, "evaluation.public.title"),
                "<p id=\"state\">" + escape(EvaluationTexts.text(locale, key)) + "</p>");
    }

    private void page(HttpServletRequest request, HttpServletResponse response, Locale locale, String title,
                      String content) throws IOException {
        response.setHeader("Content-Security-Policy", POLICY);
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setContentType("text/html");
        response.setCharacterEncoding("UTF-8");
        String other = "en".equals(locale.getLanguage()) ? "sv" : "en";
        PrintWriter out = response.getWriter();
        out.write("<!DOCTYPE html><html lang=\"" + locale.getLanguage() + "\"><head><meta charset=\"UTF-8\"/>"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/><title>" + escape(title)
                + " – VFU-portalen</title><link rel=\"stylesheet\" href=\"" + request.getContextPath()
                + "/resources/css/portal.css\"/>" + icons(request.getContextPath())
                + "</head><body><header class=\"portal-header\"><span class=\"brand\">"
                + "VFU-portalen</span><form method=\"get\" class=\"language\"><button type=\"submit\" name=\"lang\" value=\""
                + other + "\" lang=\"" + other + "\" id=\"language\">" + ("en".equals(other) ? "English" : "Svenska")
                + "</button></form></header><main id=\"main\" class=\"portal-main evaluation-public\"><h1>" + escape(title)
                + "</h1>" + content + "</main></body></html>");
    }

    /** The portal's icon, as the Faces templates link it: a student's browser asked for /favicon.ico anyway. */
    private static String icons(String contextPath) {
        return "<link rel=\"icon\" href=\"" + contextPath + "/favicon.ico\" sizes=\"16x16 32x32\"/><link rel=\"icon\" href=\""
                + contextPath + "/resources/images/favicon.svg\" type=\"image/svg+xml\"/>";
    }

    private static String token(HttpServletRequest request) {
        String path = request.getPathInfo();
        return path == null || path.length() < 2 ? null : path.substring(1);
    }

    private static Locale locale(HttpServletRequest request) {
        return "en".equals(request.getParameter("lang")) ? EvaluationTexts.ENGLISH : EvaluationTexts.SWEDISH;
    }

    private static Integer score(String value) {
        try {
            return value == null ? null : Integer.valueOf(value.trim());
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
