package se.stockholm.vfu.recruitment;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import se.stockholm.vfu.reference.District;
import se.stockholm.vfu.security.Caller;

import java.time.Instant;

/**
 * Who may enter staff turnover and how one year's figures are entered: shared by {@link TurnoverService} (one year typed
 * on the page or sent to the API) and {@link TurnoverImport} (a file of them), in their transactions.
 */
@Dependent
class TurnoverEntries {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private RecruitmentAccess access;

    /** The caller, if the central contact, an administrator or a district contact: turnover is no university's. */
    Caller caller() {
        return access.caller();
    }

    /**
     * Enters a year's figures of a staff group for a district (or the city, with none), replacing those entered before
     * if any. With {@code onVersionRead} figures already entered are replaced only if the form says the version that was
     * read and it is still the stored one (a user's correction); without it, whatever is there (an import).
     */
    StaffTurnover enter(District district, TurnoverForm form, boolean onVersionRead, String by, Instant at) {
        StaffTurnover turnover = find(district, form.year(), form.group());
        boolean isNew = turnover == null;
        if (isNew) {
            turnover = new StaffTurnover(district, form.year(), form.group());
        } else if (onVersionRead) {
            turnover.requireVersion(form.version());
        }
        turnover.set(form.permanentStaff(), form.left(), form.movedInCity() == null ? 0 : form.movedInCity(), by, at);
        if (isNew) {
            em.persist(turnover); // inserted at once (identity key): with its figures set
        }
        return turnover;
    }

    private StaffTurnover find(District district, int year, StaffGroup group) {
        return em.createQuery("""
                        SELECT t FROM StaffTurnover t WHERE t.scopeKey = :scope AND t.year = :year AND t.group = :group""",
                        StaffTurnover.class)
                .setParameter("scope", StaffTurnover.scopeKey(district == null ? null : district.getId()))
                .setParameter("year", year).setParameter("group", group)
                .getResultStream().findFirst().orElse(null);
    }
}
