package se.stockholm.vfu.recruitment;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import se.stockholm.vfu.common.AccessDeniedException;
import se.stockholm.vfu.common.NotFoundException;
import se.stockholm.vfu.security.Caller;
import se.stockholm.vfu.security.CurrentUser;
import se.stockholm.vfu.security.Role;

/**
 * Who takes part in recruitment and which trainee posts they reach: shared by {@link RecruitmentService} (the posts),
 * {@link CandidateService} (their candidates) and {@link TurnoverEntries} (staff turnover), in their transactions, so
 * each refuses the same callers alike.
 */
@Dependent
class RecruitmentAccess {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CurrentUser currentUser;

    /** The caller, if the central contact, an administrator or a district contact: no university takes part. */
    Caller caller() {
        Caller caller = currentUser.get();
        if (!caller.isCityWide() && caller.role() != Role.DISTRICT) {
            throw new AccessDeniedException();
        }
        return caller;
    }

    /** A post the caller may read and change; another district's is "not found". */
    TraineePost readablePost(long id) {
        TraineePost post = em.find(TraineePost.class, id);
        if (post == null || !caller().mayReadDistrict(post.getDistrict().getId())) {
            throw new NotFoundException();
        }
        return post;
    }
}
