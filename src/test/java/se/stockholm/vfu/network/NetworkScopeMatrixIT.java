package se.stockholm.vfu.network;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;
import org.junit.jupiter.api.extension.ExtendWith;
import se.stockholm.vfu.common.AccessDeniedException;
import se.stockholm.vfu.common.NotFoundException;
import se.stockholm.vfu.common.PageRequest;
import se.stockholm.vfu.it.Deployments;
import se.stockholm.vfu.it.Fixtures;
import se.stockholm.vfu.it.RunAs;
import se.stockholm.vfu.scope.ScopeMatrix;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The network's scope matrix through the services: Södermalm's district contact and Stockholms universitet's
 * coordinator (neither invited nor shared with) try every operation on an event that only Rinkeby-Kista and
 * Södertörn are invited to, its attendance, and a document shared only with them. Every case is refused (not found
 * or access denied), lists show none of them, and each record reads the same afterwards for the central contact. The
 * invited district and university may read, but not change or delete. Cases are generated: caller × record × operation; the
 * REST channel is {@link NetworkScopeMatrixApiIT}.
 */
@ExtendWith(ArquillianExtension.class)
class NetworkScopeMatrixIT {

    private static final List<String> OUTSIDERS = List.of(Fixtures.SODERMALM, Fixtures.SU);
    private static final List<String> INVITED = List.of(Fixtures.RINKEBY, Fixtures.SH);

    @Deployment
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @Inject
    RunAs runAs;

    @Inject
    NetworkEventService events;

    @Inject
    NetworkDocumentService documents;

    @Inject
    DocumentStorage storage;

    @Inject
    NetworkFixtures fixtures;

    /** One generated case: what the caller tries. */
    record Case(String caller, String record, String operation, RunAs.Action action) {
        @Override
        public String toString() {
            return caller + " × " + record + " × " + operation;
        }
    }

    @Test
    void recordsNotSharedWithTheCallerAreRefusedAndUnchanged(TestReporter report) throws Exception {
        long event = fixtures.eventId(NetworkFixtures.SCOPED_EVENT);
        long document = fixtures.documentId(NetworkFixtures.SCOPED_DOCUMENT);
        EventRow eventBefore = runAs.user(Fixtures.CENTRAL, () -> events.get(event));
        DocumentRow documentBefore = runAs.user(Fixtures.CENTRAL, () -> documents.get(document));
        long invitee = eventBefore.invitees().get(0).id();
        long filesBefore = files();

        List<Case> cases = new ArrayList<>();
        for (String caller : OUTSIDERS) {
            cases.add(new Case(caller, "event", "read", () -> events.get(event)));
            cases.add(new Case(caller, "event", "calendar", () -> events.calendar(event)));
            cases.add(new Case(caller, "event", "students", () -> events.students(event)));
            cases.add(new Case(caller, "event", "change", () -> events.update(event, change(eventBefore))));
            cases.add(new Case(caller, "event", "send invitations", () -> events.sendInvitations(event)));
            cases.add(new Case(caller, "event", "attach minutes", () -> events.attachMinutes(event, document)));
            cases.add(new Case(caller, "event", "create", () -> events.create(change(eventBefore))));
            cases.add(new Case(caller, "attendance", "record", () -> events.recordAttendance(event,
                    new AttendanceForm(eventBefore.version(),
                    List.of(new AttendanceForm.Mark(invitee, Attendance.ATTENDED))))));
            cases.add(new Case(caller, "event", "delete", () -> events.delete(event)));
            cases.add(new Case(caller, "attendance", "over the years", () -> events.attendance()));
            cases.add(new Case(caller, "document", "read", () -> documents.get(document)));
            cases.add(new Case(caller, "document", "download newest", () -> documents.download(document, 0)));
            cases.add(new Case(caller, "document", "download version 1", () -> documents.download(document, 1)));
            cases.add(new Case(caller, "document", "change sharing", () -> documents.update(document, share())));
            cases.add(new Case(caller, "document", "upload a version", () -> documents.upload(document, "x.txt", 3,
                    new ByteArrayInputStream("xyz".getBytes(StandardCharsets.UTF_8)))));
            cases.add(new Case(caller, "document", "delete", () -> documents.delete(document)));
            cases.add(new Case(caller, "document", "create", () -> documents.create(share(), "x.txt", 3,
                    new ByteArrayInputStream("xyz".getBytes(StandardCharsets.UTF_8)))));
        }
        for (String caller : INVITED) {
            cases.add(new Case(caller, "event", "change (invited)", () -> events.update(event, change(eventBefore))));
            cases.add(new Case(caller, "attendance", "record (invited)", () -> events.recordAttendance(event,
                    new AttendanceForm(eventBefore.version(),
                    List.of(new AttendanceForm.Mark(invitee, Attendance.ATTENDED))))));
            cases.add(new Case(caller, "document", "upload (shared with)", () -> documents.upload(document, "x.txt", 3,
                    new ByteArrayInputStream("xyz".getBytes(StandardCharsets.UTF_8)))));
            cases.add(new Case(caller, "document", "change sharing (shared with)",
                    () -> documents.update(document, share())));
            cases.add(new Case(caller, "event", "delete (invited)", () -> events.delete(event)));
            cases.add(new Case(caller, "document", "delete (shared with)", () -> documents.delete(document)));
        }
        ScopeMatrix.Tally rules = ScopeMatrix.tally(ScopeMatrix.NETWORK);
        for (Case c : cases) {
            assertThat(rules.expect(c.caller(), c.record(), c.operation(), ScopeMatrix.SERVICE)).as(c.toString())
                    .isEqualTo(ScopeMatrix.Expect.REFUSED);
            assertThatThrownBy(() -> runAs.user(c.caller(), c.action())).as(c.toString())
                    .isInstanceOfAny(NotFoundException.class, AccessDeniedException.class, EJBAccessException.class);
            report.publishEntry("refused", c.toString());
        }
        for (String caller : OUTSIDERS) {
            assertThat(List.of(rules.expect(caller, "event", "list", ScopeMatrix.SERVICE),
                    rules.expect(caller, "document", "list", ScopeMatrix.SERVICE))).as(caller)
                    .containsOnly(ScopeMatrix.Expect.NOT_LISTED);
            assertThat(runAs.user(caller, () -> events.find(PageRequest.of(0, 500))).rows()).as(caller)
                    .noneMatch(r -> r.id() == event);
            assertThat(runAs.user(caller, () -> documents.find(PageRequest.of(0, 500))).rows()).as(caller)
                    .noneMatch(r -> r.id() == document);
        }
        for (String caller : INVITED) {
            assertThat(List.of(rules.expect(caller, "event", "read (invited)", ScopeMatrix.SERVICE),
                    rules.expect(caller, "event", "list (invited)", ScopeMatrix.SERVICE),
                    rules.expect(caller, "document", "download newest (invited)", ScopeMatrix.SERVICE),
                    rules.expect(caller, "event", "calendar (invited)", ScopeMatrix.SERVICE))).as(caller)
                    .containsOnly(ScopeMatrix.Expect.ALLOWED);
            assertThat(runAs.user(caller, () -> events.get(event)).title()).isEqualTo(NetworkFixtures.SCOPED_EVENT);
            assertThat(runAs.user(caller, () -> events.find(PageRequest.of(0, 500))).rows()).as(caller)
                    .anyMatch(r -> r.id() == event);
            assertThat(runAs.user(caller, () -> documents.download(document, 0)).content()).isNotEmpty();
            assertThat(runAs.user(caller, () -> events.calendar(event))).contains("SUMMARY:IT Nätverk");
        }
        EventRow eventAfter = runAs.user(Fixtures.CENTRAL, () -> events.get(event));
        DocumentRow documentAfter = runAs.user(Fixtures.CENTRAL, () -> documents.get(document));
        assertThat(eventAfter).isEqualTo(eventBefore);
        assertThat(documentAfter).isEqualTo(documentBefore);
        assertThat(files()).as("no file stored by a refused upload").isEqualTo(filesBefore);
        rules.assertEveryRuleTried();
    }

    private long files() throws Exception {
        try (Stream<java.nio.file.Path> list = Files.list(storage.directory())) {
            return list.count();
        }
    }

    private static EventForm change(EventRow before) {
        EventForm form = NetworkEventsIT.form(EventKind.NETWORK_MEETING, "Övertagen", LocalDate.of(2055, 3, 1));
        form.setVersion(before.version());
        return form;
    }

    private static DocumentForm share() {
        DocumentForm form = new DocumentForm();
        form.setTitle("Övertagen");
        return form;
    }
}
