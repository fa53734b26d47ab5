package se.stockholm.vfu.network;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;
import se.stockholm.vfu.common.BaseEntity;
import se.stockholm.vfu.common.InvalidInputException;
import se.stockholm.vfu.reference.District;
import se.stockholm.vfu.reference.University;
import se.stockholm.vfu.term.Term;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A network meeting, an introduction day or a workshop: when and where, its agenda and minutes, the districts and
 * universities invited and, afterwards, whether each came. An introduction day belongs to a term; its students are
 * not stored here but read from the term's placements.
 */
@Audited
@Entity
@Table(name = "network_event")
public class NetworkEvent extends BaseEntity {

    public static final int TITLE_MAX = 200;
    public static final int PLACE_MAX = 300;
    public static final int LINK_MAX = 500;
    public static final int AGENDA_MAX = 4000;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24, updatable = false)
    private EventKind kind;

    @Column(nullable = false, length = TITLE_MAX)
    private String title;

    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    @Column(name = "ends_at", nullable = false)
    private Instant endsAt;

    @Column(length = PLACE_MAX)
    private String place;

    @Column(length = LINK_MAX)
    private String link;

    @Column(length = AGENDA_MAX)
    private String agenda;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "term_id", updatable = false)
    private Term term;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "minutes_document_id")
    private NetworkDocument minutes;

    @Column(name = "invitations_sent_at")
    private Instant invitationsSentAt;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Column(name = "changed_by", nullable = false, length = 60)
    private String changedBy;

    @OneToMany(mappedBy = "event", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<EventInvitee> invitees = new ArrayList<>();

    protected NetworkEvent() {
    }

    public NetworkEvent(EventKind kind, Term term, String by, Instant now) {
        this.kind = Objects.requireNonNull(kind);
        if (kind == EventKind.INTRODUCTION_DAY && term == null) {
            throw new InvalidInputException("termId", "network.error.termRequired");
        }
        this.term = kind == EventKind.INTRODUCTION_DAY ? term : null;
        touch(by, now);
    }

    /** Sets what the central contact edits; the end must be after the start, and there must be a place or a link. */
    public void describe(String title, Instant startsAt, Instant endsAt, String place, String link, String agenda,
                         String by, Instant now) {
        if (startsAt == null || endsAt == null || !endsAt.isAfter(startsAt)) {
            throw new InvalidInputException("endsAt", "network.error.endBeforeStart");
        }
        if (place == null && link == null) {
            throw new InvalidInputException("place", "network.error.placeOrLink");
        }
        if (link != null && !(link.startsWith("https://") || link.startsWith("http://"))) {
            throw new InvalidInputException("link", "network.error.link");
        }
        this.title = Objects.requireNonNull(title);
        this.startsAt = startsAt;
        this.endsAt = endsAt;
        this.place = place;
        this.link = link;
        this.agenda = agenda;
        touch(by, now);
    }

    /**
     * Makes the invitees these districts and universities: new ones are added, those no longer invited removed
     * (with what was recorded of them), those kept keep their attendance.
     */
    public void invite(Collection<District> districts, Collection<University> universities) {
        Set<Long> districtIds = districts.stream().map(District::getId).collect(Collectors.toSet());
        Set<Long> universityIds = universities.stream().map(University::getId).collect(Collectors.toSet());
        invitees.removeIf(i -> i.getDistrict() != null && !districtIds.contains(i.getDistrict().getId())
                || i.getUniversity() != null && !universityIds.contains(i.getUniversity().getId()));
        addInvitees(districts, universities);
    }

    /** Adds these districts and universities to the invitees, keeping all who are invited already. */
    public boolean addInvitees(Collection<District> districts, Collection<University> universities) {
        boolean added = false;
        for (District district : districts) {
            if (invitees.stream().noneMatch(i -> i.isDistrict(district.getId()))) {
                invitees.add(new EventInvitee(this, district, null));
                added = true;
            }
        }
        for (University university : universities) {
            if (invitees.stream().noneMatch(i -> i.isUniversity(university.getId()))) {
                invitees.add(new EventInvitee(this, null, university));
                added = true;
            }
        }
        return added;
    }

    /** Records who came; only after the event has started. */
    public void recordAttendance(long inviteeId, Attendance attendance, String by, Instant now) {
        if (now.isBefore(startsAt)) {
            throw new InvalidInputException(null, "network.error.attendanceBeforeEvent");
        }
        EventInvitee invitee = invitees.stream().filter(i -> i.getId() != null && i.getId() == inviteeId).findFirst()
                .orElseThrow(() -> new InvalidInputException(null, "network.error.notInvited"));
        invitee.record(attendance);
        touch(by, now);
    }

    public void attachMinutes(NetworkDocument document, String by, Instant now) {
        this.minutes = document;
        touch(by, now);
    }

    public void invitationsSent(Instant now) {
        this.invitationsSentAt = now;
    }

    public boolean invites(Long districtId, Long universityId) {
        return invitees.stream().anyMatch(i -> districtId != null && i.isDistrict(districtId)
                || universityId != null && i.isUniversity(universityId));
    }

    private void touch(String by, Instant now) {
        this.changedBy = Objects.requireNonNull(by);
        this.changedAt = Objects.requireNonNull(now);
    }

    public EventKind getKind() {
        return kind;
    }

    public String getTitle() {
        return title;
    }

    public Instant getStartsAt() {
        return startsAt;
    }

    public Instant getEndsAt() {
        return endsAt;
    }

    public String getPlace() {
        return place;
    }

    public String getLink() {
        return link;
    }

    public String getAgenda() {
        return agenda;
    }

    public Term getTerm() {
        return term;
    }

    public NetworkDocument getMinutes() {
        return minutes;
    }

    public Instant getInvitationsSentAt() {
        return invitationsSentAt;
    }

    public Instant getChangedAt() {
        return changedAt;
    }

    public String getChangedBy() {
        return changedBy;
    }

    public List<EventInvitee> getInvitees() {
        return invitees;
    }
}
