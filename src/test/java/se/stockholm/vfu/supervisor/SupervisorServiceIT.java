package se.stockholm.vfu.supervisor;

import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolationException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.stockholm.vfu.common.Causes;
import se.stockholm.vfu.common.InvalidInputException;
import se.stockholm.vfu.common.StockholmTime;
import se.stockholm.vfu.it.Deployments;
import se.stockholm.vfu.it.DistrictFixtures;
import se.stockholm.vfu.it.Fixtures;
import se.stockholm.vfu.it.RunAs;
import se.stockholm.vfu.unit.UnitForm;
import se.stockholm.vfu.unit.UnitService;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

/** Supervisors and their training through the real service: every status change is history, and the counts follow. */
@ExtendWith(ArquillianExtension.class)
class SupervisorServiceIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @Inject
    SupervisorService supervisorService;

    @Inject
    UnitService unitService;

    @Inject
    RunAs runAs;

    @Inject
    DistrictFixtures districtFixtures;

    @Inject
    Fixtures fixtures;

    @Test
    void trainingStatusChangesAreKeptAsHistoryAndCountedForTheDistrict() throws Exception {
        long unit = unit();
        TrainingSummary before = runAs.user(Fixtures.SODERMALM, () -> supervisorService.trainingSummary(null));
        SupervisorForm form = new SupervisorForm();
        form.setUnitId(unit);
        form.setName("Hedda Handledare");
        form.setEmail("Hedda." + System.nanoTime() + "@it.example");
        form.setTitle("Socialsekreterare");
        long id = runAs.user(Fixtures.SODERMALM, () -> supervisorService.create(form));

        SupervisorRow created = runAs.user(Fixtures.SODERMALM, () -> supervisorService.get(id));
        assertThat(created.maxStudents()).isEqualTo(1);
        assertThat(created.trainingStatus()).isEqualTo(TrainingStatus.NONE);
        assertThat(created.email()).isEqualTo(form.getEmail().toLowerCase());
        TrainingSummary added = runAs.user(Fixtures.SODERMALM, () -> supervisorService.trainingSummary(null));
        assertThat(added.active()).isEqualTo(before.active() + 1);
        assertThat(added.trainedOrEnrolled()).isEqualTo(before.trainedOrEnrolled());

        TrainingForm enrolledWithoutCourse = training(TrainingStatus.ENROLLED, null, LocalDate.of(2025, 9, 1), null);
        assertThatThrownBy(() -> change(id, enrolledWithoutCourse))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.getField()).isEqualTo("trainingCourse"));
        assertThat(history(id)).isEmpty();

        change(id, training(TrainingStatus.ENROLLED, "Handledning i socialt arbete", LocalDate.of(2025, 9, 1), null));
        TrainingSummary enrolled = runAs.user(Fixtures.SODERMALM, () -> supervisorService.trainingSummary(null));
        assertThat(enrolled.enrolled()).isEqualTo(added.enrolled() + 1);
        assertThat(enrolled.trainedOrEnrolled()).isEqualTo(added.trainedOrEnrolled() + 1);

        change(id, training(TrainingStatus.COMPLETED, "Handledning i socialt arbete", LocalDate.of(2025, 9, 1),
                LocalDate.of(2025, 12, 10)));
        // the same status again is not a change
        change(id, training(TrainingStatus.COMPLETED, "Handledning i socialt arbete", LocalDate.of(2025, 9, 1),
                LocalDate.of(2025, 12, 10)));

        assertThat(history(id)).extracting(TrainingChangeRow::status)
                .containsExactly(TrainingStatus.ENROLLED, TrainingStatus.COMPLETED);
        assertThat(history(id)).allSatisfy(h -> {
            assertThat(h.changedBy()).isEqualTo(Fixtures.SODERMALM);
            assertThat(h.universityCode()).isEqualTo("SU");
        });
        assertThat(history(id).get(1).completedDate()).isEqualTo(LocalDate.of(2025, 12, 10));
        SupervisorRow completed = runAs.user(Fixtures.SODERMALM, () -> supervisorService.get(id));
        assertThat(completed.trainingStatus()).isEqualTo(TrainingStatus.COMPLETED);
        assertThat(completed.trainingUniversityCode()).isEqualTo("SU");

        runAs.user(Fixtures.SODERMALM, () -> supervisorService.deactivate(id));
        TrainingSummary after = runAs.user(Fixtures.SODERMALM, () -> supervisorService.trainingSummary(null));
        assertThat(after.active()).isEqualTo(before.active());
        assertThat(after.trainedOrEnrolled()).isEqualTo(before.trainedOrEnrolled());
    }

    @Test
    void editingKeepsTheSupervisorInItsDistrictAndRefusesAnOldCopy() throws Exception {
        long unit = unit();
        SupervisorForm form = new SupervisorForm();
        form.setUnitId(unit);
        form.setName("Ola Omflyttad");
        form.setEmail("ola." + System.nanoTime() + "@it.example");
        long id = runAs.user(Fixtures.SODERMALM, () -> supervisorService.create(form));
        SupervisorForm edit = SupervisorForm.of(runAs.user(Fixtures.SODERMALM, () -> supervisorService.get(id)));
        edit.setMaxStudents(2);
        runAs.user(Fixtures.SODERMALM, () -> supervisorService.update(id, edit));
        assertThat(runAs.user(Fixtures.SODERMALM, () -> supervisorService.get(id)).maxStudents()).isEqualTo(2);

        // the same form again carries the version read before the change
        assertThatThrownBy(() -> runAs.user(Fixtures.SODERMALM, () -> supervisorService.update(id, edit)))
                .hasRootCauseInstanceOf(jakarta.persistence.OptimisticLockException.class);
    }

    /** A training is completed today at the latest: a date to come counted the supervisor as trained in advance. */
    @Test
    void aTrainingCompletedOnADayToComeIsRefused() throws Exception {
        SupervisorForm form = new SupervisorForm();
        form.setUnitId(unit());
        form.setName("Frida Framtid");
        form.setEmail("frida." + System.nanoTime() + "@it.example");
        long id = runAs.user(Fixtures.SODERMALM, () -> supervisorService.create(form));
        LocalDate today = LocalDate.now(StockholmTime.ZONE);

        TrainingForm tomorrow = training(TrainingStatus.COMPLETED, null, null, today.plusDays(1));
        ConstraintViolationException refused = Causes.find(catchThrowable(() -> change(id, tomorrow)),
                ConstraintViolationException.class);
        assertThat(refused).as("refused by the form's own check").isNotNull();
        assertThat(refused.getConstraintViolations()).singleElement()
                .satisfies(v -> assertThat(v.getPropertyPath().toString()).endsWith("completed"));
        assertThat(runAs.user(Fixtures.SODERMALM, () -> supervisorService.get(id)).trainingStatus())
                .as("not counted as trained").isEqualTo(TrainingStatus.NONE);
        assertThat(history(id)).isEmpty();

        change(id, training(TrainingStatus.COMPLETED, null, null, today));
        assertThat(runAs.user(Fixtures.SODERMALM, () -> supervisorService.get(id)).trainingCompleted())
                .as("completed today").isEqualTo(today);
    }

    private long unit() throws Exception {
        UnitForm unit = new UnitForm();
        unit.setName("IT Handledarenhet " + System.nanoTime());
        unit.setAreaId(districtFixtures.areaId("BOU"));
        return runAs.user(Fixtures.SODERMALM, () -> unitService.create(unit));
    }

    private TrainingForm training(TrainingStatus status, String course, LocalDate start, LocalDate completed) {
        TrainingForm form = new TrainingForm();
        form.setStatus(status);
        form.setCourse(course);
        form.setUniversityId(fixtures.universityId("SU"));
        form.setStart(start);
        form.setCompleted(completed);
        return form;
    }

    private void change(long id, TrainingForm form) throws Exception {
        runAs.user(Fixtures.SODERMALM, () -> {
            // the version the change is made on: the supervisor as it is now
            form.setVersion(supervisorService.get(id).version());
            supervisorService.changeTraining(id, form);
        });
    }

    private java.util.List<TrainingChangeRow> history(long id) throws Exception {
        return runAs.user(Fixtures.SODERMALM, () -> supervisorService.trainingHistory(id));
    }
}
