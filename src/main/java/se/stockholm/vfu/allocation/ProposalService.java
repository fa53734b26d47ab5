package se.stockholm.vfu.allocation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import se.stockholm.vfu.allocation.engine.Place;
import se.stockholm.vfu.allocation.engine.Request;
import se.stockholm.vfu.common.InvalidInputException;
import se.stockholm.vfu.common.NotFoundException;
import se.stockholm.vfu.place.PlaceOffer;
import se.stockholm.vfu.placement.Placement;
import se.stockholm.vfu.placement.PlacementStatus;
import se.stockholm.vfu.reference.District;
import se.stockholm.vfu.request.StudentRequest;
import se.stockholm.vfu.security.CurrentUser;
import se.stockholm.vfu.security.Role;
import se.stockholm.vfu.supervisor.TrainingStatus;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The central contact's hand edits of a run's proposals before they are published: where a proposal may move (the
 * engine's hard rules, a free seat), moving it with the soft rules as warnings, and locking it so the next run keeps
 * it. Only proposals: an offer once published is the district's to answer
 * ({@code placement.PlacementLifecycleService}).
 */
@Stateless
@RolesAllowed({Role.CENTRAL_NAME, Role.ADMIN_NAME})
public class ProposalService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private Clock clock;

    /** The offers a proposal may be moved to: the hard rules hold, a seat is free; best rank first. */
    public List<MoveTarget> moveTargets(long placementId) {
        Placement placement = proposal(placementId);
        Request student = engineRequest(placement.getRequest());
        List<PlaceOffer> offers = em.createQuery("""
                        SELECT p FROM PlaceOffer p JOIN FETCH p.district JOIN FETCH p.unit JOIN FETCH p.area
                        LEFT JOIN FETCH p.supervisor WHERE p.term = :term AND p.status = se.stockholm.vfu.place.PlaceStatus.ACTIVE
                        AND p.taken < p.places AND p.id <> :current ORDER BY p.district.name, p.unit.name""",
                        PlaceOffer.class)
                .setParameter("term", placement.getTerm()).setParameter("current", placement.getOffer().getId())
                .getResultList();
        List<MoveTarget> targets = new ArrayList<>();
        for (PlaceOffer offer : offers) {
            Place place = place(offer);
            if (allowed(student, place)) {
                targets.add(new MoveTarget(offer.getId(), offer.getDistrict().getName(), offer.getUnit().getName(),
                        offer.getArea().getCode(), offer.getArea().getNameSv(), offer.getFree(),
                        rank(student, place), place.supervisorTrained()));
            }
        }
        targets.sort((a, b) -> Integer.compare(a.rank() == 0 ? Integer.MAX_VALUE : a.rank(),
                b.rank() == 0 ? Integer.MAX_VALUE : b.rank()));
        return targets;
    }

    /**
     * Moves a proposal to another offer by hand. The hard rules are enforced (excluded district, languages, a free
     * seat); the soft ones come back as warning keys: a place outside the student's preferences, a student who needs
     * extra support with a supervisor who has not completed supervisor training.
     */
    public List<String> move(long placementId, long version, long offerId) {
        Placement placement = proposal(placementId);
        placement.requireVersion(version);
        PlaceOffer target = em.find(PlaceOffer.class, offerId);
        if (target == null || !target.getTerm().getId().equals(placement.getTerm().getId())) {
            throw new InvalidInputException("place", "allocation.error.noSuchPlace");
        }
        if (!target.isActive()) {
            throw new InvalidInputException("place", "district.place.error.withdrawn");
        }
        Request student = engineRequest(placement.getRequest());
        Place place = place(target);
        if (student.excludedDistricts().contains(place.district())) {
            throw new InvalidInputException("place", "allocation.error.excludedDistrict");
        }
        if (student.excludedPlaces().contains(place.key())) {
            throw new InvalidInputException("place", "allocation.error.declinedHere");
        }
        if (!place.offersAll(student.requiredLanguages())) {
            throw new InvalidInputException("place", "allocation.error.language");
        }
        int rank = rank(student, place);
        placement.moveTo(target, rank, currentUser.get().username(), clock.instant());
        em.flush();
        List<String> warnings = new ArrayList<>();
        if (rank == 0 && !student.preferences().isEmpty()) {
            warnings.add("allocation.warning.outsidePreferences");
        }
        if (student.needsExtraSupport() && !place.supervisorTrained()) {
            warnings.add("allocation.warning.supportUntrained");
        }
        return warnings;
    }

    /** A locked proposal is kept by the next run. */
    public void lock(long placementId, long version, boolean locked) {
        Placement placement = proposal(placementId);
        placement.requireVersion(version);
        placement.lock(locked, currentUser.get().username(), clock.instant());
        em.flush();
    }

    private Request engineRequest(StudentRequest request) {
        Set<String> excluded = request.getExclusions().stream().map(District::getCode).collect(Collectors.toSet());
        Set<String> declined = AllocationInput.declinedOffers(em, request.getTerm().getId())
                .getOrDefault(request.getId(), Set.of());
        return AllocationInput.request(request, excluded, declined);
    }

    private static Place place(PlaceOffer offer) {
        boolean trained = offer.getSupervisor() != null
                && offer.getSupervisor().getTrainingStatus() == TrainingStatus.COMPLETED;
        return new Place(String.valueOf(offer.getId()), offer.getDistrict().getCode(), offer.getUnit().getName(),
                offer.getArea().getCode(), offer.getPlaces(), new HashSet<>(offer.getLanguageList()), trained);
    }

    private static boolean allowed(Request student, Place place) {
        return student.allows(place) && place.offersAll(student.requiredLanguages());
    }

    private static int rank(Request student, Place place) {
        for (int position = 0; position < student.preferences().size(); position++) {
            if (student.preferences().get(position).matches(place)) {
                return position + 1;
            }
        }
        return 0;
    }

    private Placement proposal(long placementId) {
        Placement placement = em.find(Placement.class, placementId);
        if (placement == null) {
            throw new NotFoundException();
        }
        if (placement.getStatus() != PlacementStatus.PROPOSED) {
            throw new InvalidInputException(null, "placement.error.onlyProposalsMove");
        }
        return placement;
    }

}
