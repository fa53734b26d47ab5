package se.stockholm.vfu.datasubject;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import se.stockholm.vfu.datasubject.DataSubjectExport.ConcernData;
import se.stockholm.vfu.datasubject.DataSubjectExport.MeetingData;
import se.stockholm.vfu.support.Concern;
import se.stockholm.vfu.support.Meeting;

import java.util.List;

/**
 * A data-subject export's records that hang on the student's placements: three-way meetings and concerns, one query
 * per kind for all the placements. Called in {@link DataSubjectService}'s transaction, which checks the role.
 */
@ApplicationScoped
class PlacementRecords {

    @PersistenceContext
    private EntityManager em;

    /** The three-way meetings of the student's placements. */
    List<MeetingData> meetings(List<Long> placementIds) {
        if (placementIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT m FROM Meeting m WHERE m.placement.id IN :placements ORDER BY m.meetingAt, m.id",
                        Meeting.class)
                .setParameter("placements", placementIds).getResultStream()
                .map(m -> new MeetingData(m.getPlacement().getId(), m.getTeacherName(), m.getMeetingAt(), m.getPlace(),
                        m.isHeld(), m.getChangedAt(), m.getChangedBy()))
                .toList();
    }

    /** The ids of the three-way meetings of the student's placements, for their change history. */
    List<Long> meetingIds(List<Long> placementIds) {
        if (placementIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT m.id FROM Meeting m WHERE m.placement.id IN :placements", Long.class)
                .setParameter("placements", placementIds).getResultList();
    }

    /** The concerns raised about the student's placements, with their text. */
    List<ConcernData> concerns(List<Long> placementIds) {
        if (placementIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT c FROM Concern c WHERE c.placement.id IN :placements ORDER BY c.raisedAt, c.id",
                        Concern.class)
                .setParameter("placements", placementIds).getResultStream()
                .map(c -> new ConcernData(c.getId(), c.getPlacement().getId(), c.getText(), c.getStatus().name(),
                        c.getRaisedByRole().name(), c.getRaisedBy(), c.getRaisedAt(), c.getHandledBy(),
                        c.getHandledAt()))
                .toList();
    }
}
