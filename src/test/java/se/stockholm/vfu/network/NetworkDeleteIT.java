package se.stockholm.vfu.network;

import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.stockholm.vfu.audit.AuditEntry;
import se.stockholm.vfu.audit.AuditService;
import se.stockholm.vfu.audit.FieldChange;
import se.stockholm.vfu.common.ConflictException;
import se.stockholm.vfu.common.NotFoundException;
import se.stockholm.vfu.common.PageRequest;
import se.stockholm.vfu.it.Deployments;
import se.stockholm.vfu.it.Fixtures;
import se.stockholm.vfu.it.RunAs;
import se.stockholm.vfu.notification.NotificationRow;
import se.stockholm.vfu.notification.NotificationService;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The central contact deletes events and documents: an event with attendance recorded is refused (attendance is the
 * follow-up over the years), an invited event that lies ahead is cancelled for its invitees, a document's files leave
 * the document directory once the deletion commits and an event that had it as minutes is left without; both keep
 * their history, which also shows every change of an event and its attendance.
 */
@ExtendWith(ArquillianExtension.class)
class NetworkDeleteIT {

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
    NotificationService notifications;

    @Inject
    AuditService audit;

    @Inject
    DocumentStorage storage;

    @Inject
    NetworkFixtures fixtures;

    @Inject
    Fixtures base;

    @Test
    void anEventsChangesAndAttendanceAreInTheHistory() throws Exception {
        String title = "IT Historik " + UUID.randomUUID().toString().substring(0, 6);
        EventForm form = rinkebyOnly(title, LocalDate.of(2025, 4, 2));
        long id = runAs.userCommitting(Fixtures.CENTRAL, () -> events.create(form));
        EventRow created = runAs.user(Fixtures.CENTRAL, () -> events.get(id));
        EventForm moved = rinkebyOnly(title, LocalDate.of(2025, 4, 3));
        moved.setPlace("IT Stadshuset, sal 2");
        moved.setVersion(created.version());
        runAs.userCommitting(Fixtures.CENTRAL, () -> events.update(id, moved));
        EventRow row = runAs.user(Fixtures.CENTRAL, () -> events.get(id));
        long invitee = row.invitees().get(0).id();
        runAs.userCommitting(Fixtures.CENTRAL, () -> {
            events.recordAttendance(id, new AttendanceForm(row.version(),
                    List.of(new AttendanceForm.Mark(invitee, Attendance.ATTENDED))));
        });

        List<AuditEntry> history = history("network_event", id);
        assertThat(history).extracting(AuditEntry::action).contains(AuditService.ADDED, AuditService.CHANGED);
        assertThat(history).flatExtracting(AuditEntry::changes)
                .anyMatch(c -> c.field().equals("place") && "IT Stadshuset, sal 2".equals(c.after()));
        assertThat(history).allMatch(e -> e.username().equals(Fixtures.CENTRAL));
        assertThat(history("network_event_invitee", invitee)).flatExtracting(AuditEntry::changes)
                .contains(new FieldChange("attendance", null, "ATTENDED"));

        assertThatThrownBy(() -> runAs.user(Fixtures.CENTRAL, () -> events.delete(id)))
                .as("an event someone attended").isInstanceOf(ConflictException.class)
                .hasMessage("network.error.deleteAttended");
        assertThat(runAs.user(Fixtures.CENTRAL, () -> events.get(id)).title()).isEqualTo(title);
    }

    @Test
    void anInvitedEventAheadIsCancelledForItsInviteesAndKeptInTheHistory() throws Exception {
        String title = "IT Inställd " + UUID.randomUUID().toString().substring(0, 6);
        long id = runAs.userCommitting(Fixtures.CENTRAL, () -> events.create(rinkebyOnly(title, LocalDate.of(2059, 2, 3))));
        runAs.userCommitting(Fixtures.CENTRAL, () -> events.sendInvitations(id));

        runAs.userCommitting(Fixtures.CENTRAL, () -> events.delete(id));

        assertThatThrownBy(() -> runAs.user(Fixtures.CENTRAL, () -> events.get(id))).isInstanceOf(NotFoundException.class);
        assertThat(runAs.user(Fixtures.CENTRAL, () -> events.find(PageRequest.of(0, 500))).rows())
                .noneMatch(r -> r.id() == id);
        assertThat(subjects(Fixtures.RINKEBY)).contains("Inbjudan: " + title, "Inställt: " + title);
        assertThat(subjects(Fixtures.SODERMALM)).as("not invited").doesNotContain("Inställt: " + title);
        List<AuditEntry> history = history("network_event", id);
        assertThat(history).anyMatch(e -> e.action().equals(AuditService.DELETED)
                && e.changes().contains(new FieldChange("title", title, null)));
    }

    @Test
    void aDeletedDocumentsFilesGoAndAnEventLosesItAsMinutes() throws Exception {
        String title = "IT Radera " + UUID.randomUUID().toString().substring(0, 6);
        DocumentForm form = new DocumentForm();
        form.setTitle(title);
        long id = runAs.userCommitting(Fixtures.CENTRAL, () -> documents.create(form, "rutin.txt", 6, text("rutin\n")));
        runAs.userCommitting(Fixtures.CENTRAL, () -> documents.upload(id, "rutin-2.txt", 8, text("rutin 2\n")));
        List<String> stored = fixtures.storageNames(id);
        assertThat(stored).hasSize(2).allMatch(name -> Files.exists(storage.directory().resolve(name)));
        long event = runAs.userCommitting(Fixtures.CENTRAL,
                () -> events.create(rinkebyOnly("IT Protokoll " + title, LocalDate.of(2059, 3, 3))));
        runAs.userCommitting(Fixtures.CENTRAL, () -> events.attachMinutes(event, id));

        runAs.userCommitting(Fixtures.CENTRAL, () -> documents.delete(id));

        assertThatThrownBy(() -> runAs.user(Fixtures.CENTRAL, () -> documents.get(id)))
                .isInstanceOf(NotFoundException.class);
        assertThat(stored).as("the files are gone from the document directory")
                .noneMatch(name -> Files.exists(storage.directory().resolve(name)));
        assertThat(runAs.user(Fixtures.CENTRAL, () -> events.get(event)).minutesDocumentId()).isNull();
        assertThat(history("network_document", id)).extracting(AuditEntry::action)
                .contains(AuditService.ADDED, AuditService.DELETED);
        assertThat(history("network_event", event)).flatExtracting(AuditEntry::changes)
                .anyMatch(c -> c.field().equals("minutes_document_id") && c.after() == null && c.before() != null);
    }

    @Test
    void aDeletionThatRollsBackKeepsTheFiles() throws Exception {
        String title = "IT Behåll " + UUID.randomUUID().toString().substring(0, 6);
        DocumentForm form = new DocumentForm();
        form.setTitle(title);
        long id = runAs.userCommitting(Fixtures.CENTRAL, () -> documents.create(form, "rutin.txt", 6, text("rutin\n")));
        List<String> stored = fixtures.storageNames(id);

        // one transaction around the deletion and a failure after it, as when a later step of a request fails
        assertThatThrownBy(() -> runAs.user(Fixtures.CENTRAL, () -> {
            documents.delete(id);
            throw new IllegalStateException("IT: rolled back");
        })).hasRootCauseInstanceOf(IllegalStateException.class);

        assertThat(runAs.user(Fixtures.CENTRAL, () -> documents.get(id)).title()).isEqualTo(title);
        assertThat(stored).allMatch(name -> Files.exists(storage.directory().resolve(name)));
    }

    private EventForm rinkebyOnly(String title, LocalDate date) {
        EventForm form = NetworkEventsIT.form(EventKind.NETWORK_MEETING, title, date);
        form.setAllDistricts(false);
        form.setAllUniversities(false);
        form.setDistrictIds(List.of(base.districtId("RK")));
        return form;
    }

    private List<AuditEntry> history(String type, long id) throws Exception {
        return runAs.user(Fixtures.CENTRAL, () -> audit.find(new PageRequest(0, 50, null, true,
                Map.of("type", type, "recordId", Long.toString(id))))).rows();
    }

    private List<String> subjects(String user) throws Exception {
        return runAs.user(user, () -> notifications.find(PageRequest.of(0, 500), Locale.forLanguageTag("sv")))
                .rows().stream().map(NotificationRow::subject).toList();
    }

    private static ByteArrayInputStream text(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
