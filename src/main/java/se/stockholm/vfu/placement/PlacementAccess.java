package se.stockholm.vfu.placement;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import se.stockholm.vfu.common.InvalidInputException;
import se.stockholm.vfu.common.NotFoundException;
import se.stockholm.vfu.readlog.ReadLog;
import se.stockholm.vfu.security.Caller;
import se.stockholm.vfu.security.CurrentUser;
import se.stockholm.vfu.security.Role;

import java.util.List;

/**
 * Which placement a caller may read and which they may change, and the row they see of it: the scope shared by the
 * placements' reads ({@link PlacementService}) and their steps ({@link PlacementLifecycleService}), so that both
 * answer "not found" and "not allowed" alike. Runs in the calling service's transaction.
 */
@Dependent
class PlacementAccess {

    static final String ROW = """
            SELECT NEW se.stockholm.vfu.placement.PlacementRow(pl.id, pl.version, t.code, r.id, r.studentName,
                   r.studentEmail, un.code, r.extraSupport, pl.achievedRank, r.noPreference, o.id, d.id, d.name, u.name, a.nameSv,
                   a.nameEn, s.id, s.name, s.trainingStatus, pl.status, pl.locked, pl.movedByHand, pl.reason,
                   pl.endedOn, pl.changedAt, pl.changedBy)""";

    static final String FROM = """
             FROM Placement pl JOIN pl.term t JOIN pl.request r JOIN pl.university un JOIN pl.offer o
             JOIN pl.district d JOIN o.unit u JOIN o.area a LEFT JOIN pl.supervisor s""";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private ReadLog readLog;

    /** The row the caller sees of a placement they may read; a view for the read log, as every row shown. */
    PlacementRow row(Placement placement) {
        PlacementRow row = em.createQuery(ROW + FROM + " WHERE pl.id = :id", PlacementRow.class)
                .setParameter("id", placement.getId()).getSingleResult();
        readLog.placements(List.of(read(row)), "PlacementService.get");
        return visibleTo(row, currentUser.get());
    }

    /** The read log's entry for a row shown. */
    static ReadLog.Read read(PlacementRow row) {
        return new ReadLog.Read(row.requestId(), row.id());
    }

    /** A placement the caller may read ({@link Placement#isReadableBy}): not found otherwise. */
    private Placement readable(long id) {
        Placement placement = find(id);
        if (!placement.isReadableBy(currentUser.get())) {
            throw new NotFoundException();
        }
        return placement;
    }

    /** A placement of the given term that the caller may read: not found otherwise, whoever asks. */
    Placement readable(long termId, long id) {
        Placement placement = readable(id);
        placement.getTerm().requireId(termId);
        return placement;
    }

    /** A readable placement that only a city-wide caller may change: a district or university is refused. */
    Placement cityWide(Placement placement) {
        currentUser.get().requireCityWide();
        return placement;
    }

    /** A placement the caller may answer: the district's own once offered, not after its start; or city-wide. */
    Placement answerable(Placement placement) {
        Caller caller = currentUser.get();
        if (!caller.isCityWide()) {
            caller.requireDistrict(placement.getDistrict().getId());
            if (placement.isStarted()) {
                throw new InvalidInputException(null, "placement.error.startedCentralOnly");
            }
        }
        return placement;
    }

    private Placement find(long id) {
        Placement placement = em.find(Placement.class, id);
        if (placement == null) {
            throw new NotFoundException();
        }
        return placement;
    }

    /** The row as the caller may see it: a district's without the student's extra-support flag. */
    static PlacementRow visibleTo(PlacementRow row, Caller caller) {
        return caller.isCityWide() || caller.role() == Role.UNIVERSITY ? row : row.withoutSupport();
    }
}
