package se.stockholm.vfu.request;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;
import se.stockholm.vfu.common.BaseEntity;
import se.stockholm.vfu.common.InvalidInputException;
import se.stockholm.vfu.reference.AreaOfWork;
import se.stockholm.vfu.reference.District;
import se.stockholm.vfu.reference.University;
import se.stockholm.vfu.term.Term;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A university's request for a VFU place for one of its students in a term. A student is identified by the
 * university's own student id, never by personal identity number. The request refuses data that breaks
 * {@link RequestData#violations()}, a change once it is withdrawn, and a withdrawal without reason;
 * who may change it when (the deadline) is the service's rule, recorded here with {@link #recordChange}.
 */
@Entity
@Audited
@Table(name = "student_request")
public class StudentRequest extends BaseEntity {

    public static final int REASON_MAX = 500;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "term_id", nullable = false, updatable = false)
    private Term term;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "university_id", nullable = false, updatable = false)
    private University university;

    @Column(name = "student_ref", nullable = false, length = RequestData.REF_MAX, updatable = false)
    private String studentRef;

    @Column(name = "student_name", nullable = false, length = RequestData.NAME_MAX)
    private String studentName;

    @Column(name = "student_email", nullable = false, length = RequestData.EMAIL_MAX)
    private String studentEmail;

    @Column(name = "home_university", length = RequestData.HOME_UNIVERSITY_MAX)
    private String homeUniversity;

    @Column(name = "no_preference", nullable = false)
    private boolean noPreference = true;

    // Ranked preferences as three columns each: a fixed, small rank that every query can read without a join table.
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "area_pref_1_id")
    private AreaOfWork area1;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "area_pref_2_id")
    private AreaOfWork area2;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "area_pref_3_id")
    private AreaOfWork area3;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "district_pref_1_id")
    private District district1;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "district_pref_2_id")
    private District district2;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "district_pref_3_id")
    private District district3;

    /** ISO 639-1 codes separated by commas ("sv,en"), as on place offers. */
    @Column(nullable = false, length = RequestData.LANGUAGES_MAX)
    private String languages = "sv";

    @Column(name = "extra_support", nullable = false)
    private boolean extraSupport;

    @Column(name = "extra_support_note", length = RequestData.TEXT_MAX)
    private String extraSupportNote;

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(name = "student_request_exclusion", joinColumns = @JoinColumn(name = "request_id"),
            inverseJoinColumns = @JoinColumn(name = "district_id"))
    private Set<District> exclusions = new HashSet<>();

    @Column(length = RequestData.TEXT_MAX)
    private String notes;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private RequestStatus status = RequestStatus.SENT;

    @Column(name = "withdrawal_reason", length = REASON_MAX)
    private String withdrawalReason;

    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;

    @Column(name = "changed_at")
    private Instant changedAt;

    @Column(name = "changed_by", length = 60)
    private String changedBy;

    @Column(name = "late_change_at")
    private Instant lateChangeAt;

    @Column(name = "late_change_by", length = 60)
    private String lateChangeBy;

    protected StudentRequest() {
    }

    public StudentRequest(Term term, University university, String studentRef, String studentName,
                          String studentEmail) {
        this.term = Objects.requireNonNull(term);
        this.university = Objects.requireNonNull(university);
        this.studentRef = Objects.requireNonNull(studentRef);
        this.studentName = Objects.requireNonNull(studentName);
        this.studentEmail = Objects.requireNonNull(studentEmail);
    }

    /** A new request from validated data; areas, districts and exclusions are the entities the data's ids name. */
    public static StudentRequest of(Term term, University university, RequestData data, List<AreaOfWork> areas,
                                    List<District> districts, Set<District> exclusions) {
        data.requireValid();
        StudentRequest request = new StudentRequest(term, university, data.studentRef(), data.studentName(),
                data.studentEmail());
        request.apply(data, areas, districts, exclusions);
        return request;
    }

    /** Replaces everything but the student id, which identifies the request within its term and university. */
    public void change(RequestData data, List<AreaOfWork> areas, List<District> districts, Set<District> exclusions) {
        data.requireValid();
        requireEditable();
        if (!studentRef.equalsIgnoreCase(data.studentRef())) {
            throw new InvalidInputException("studentRef", "request.error.studentRefFixed");
        }
        apply(data, areas, districts, exclusions);
    }

    /**
     * Only a sent request changes: a withdrawn one stays as it was withdrawn. (A placed request is a sent one: PLACED is
     * never stored, see {@link RequestStatus}; withdrawing it gives up a placement that has not started.)
     */
    public void requireEditable() {
        if (status != RequestStatus.SENT) {
            throw new InvalidInputException(null, "request.error.notEditable");
        }
    }

    public void withdraw(String reason, Instant at) {
        requireEditable();
        String trimmed = reason == null ? "" : reason.trim();
        if (trimmed.isEmpty()) {
            throw new InvalidInputException("withdrawalReason", "request.error.reasonRequired");
        }
        if (trimmed.length() > REASON_MAX) {
            throw new InvalidInputException("withdrawalReason", "request.error.tooLong", REASON_MAX);
        }
        status = RequestStatus.WITHDRAWN;
        withdrawalReason = trimmed;
        withdrawnAt = Objects.requireNonNull(at);
    }

    /** Who changed the request and when; a change after the request deadline is kept apart, as the central contact's. */
    public void recordChange(String username, Instant at, boolean afterDeadline) {
        changedBy = username;
        changedAt = at;
        if (afterDeadline) {
            lateChangeBy = username;
            lateChangeAt = at;
        }
    }

    private void apply(RequestData data, List<AreaOfWork> areas, List<District> districts, Set<District> excluded) {
        if (areas.size() != data.areaIds().size() || districts.size() != data.districtIds().size()
                || excluded.size() != data.exclusionIds().size()) {
            throw new IllegalArgumentException("the reference entities must be the ones the data names");
        }
        studentName = data.studentName();
        studentEmail = data.studentEmail();
        homeUniversity = data.homeUniversity();
        noPreference = data.noPreference();
        area1 = rank(areas, 0);
        area2 = rank(areas, 1);
        area3 = rank(areas, 2);
        district1 = rank(districts, 0);
        district2 = rank(districts, 1);
        district3 = rank(districts, 2);
        languages = String.join(",", data.languages());
        extraSupport = data.extraSupport();
        extraSupportNote = data.extraSupportNote();
        exclusions.clear();
        exclusions.addAll(excluded);
        notes = data.notes();
    }

    private static <T> T rank(List<T> ranked, int index) {
        return index < ranked.size() ? ranked.get(index) : null;
    }

    /** The data as the form and the API show it; preferences and exclusions as ids. */
    public RequestData toData() {
        return new RequestData(studentRef, studentName, studentEmail, homeUniversity, noPreference,
                ids(Stream.of(area1, area2, area3)), ids(Stream.of(district1, district2, district3)),
                getLanguages(), extraSupport, extraSupportNote,
                ids(exclusions.stream().sorted((a, b) -> a.getId().compareTo(b.getId()))), notes);
    }

    private static List<Long> ids(Stream<? extends BaseEntity> entities) {
        return entities.filter(Objects::nonNull).map(BaseEntity::getId).toList();
    }

    public Term getTerm() {
        return term;
    }

    public University getUniversity() {
        return university;
    }

    public String getStudentRef() {
        return studentRef;
    }

    public String getStudentName() {
        return studentName;
    }

    public String getStudentEmail() {
        return studentEmail;
    }

    public String getHomeUniversity() {
        return homeUniversity;
    }

    public boolean isMediated() {
        return homeUniversity != null;
    }

    public boolean isNoPreference() {
        return noPreference;
    }

    public List<AreaOfWork> getAreaPreferences() {
        List<AreaOfWork> ranked = new ArrayList<>(Arrays.asList(area1, area2, area3));
        ranked.removeIf(Objects::isNull);
        return ranked;
    }

    public List<District> getDistrictPreferences() {
        List<District> ranked = new ArrayList<>(Arrays.asList(district1, district2, district3));
        ranked.removeIf(Objects::isNull);
        return ranked;
    }

    public List<String> getLanguages() {
        return languages.isEmpty() ? List.of() : List.of(languages.split(","));
    }

    public boolean isExtraSupport() {
        return extraSupport;
    }

    public String getExtraSupportNote() {
        return extraSupportNote;
    }

    public Set<District> getExclusions() {
        return Set.copyOf(exclusions);
    }

    public String getNotes() {
        return notes;
    }

    public RequestStatus getStatus() {
        return status;
    }

    public String getWithdrawalReason() {
        return withdrawalReason;
    }

    public Instant getWithdrawnAt() {
        return withdrawnAt;
    }

    public Instant getChangedAt() {
        return changedAt;
    }

    public String getChangedBy() {
        return changedBy;
    }

    public Instant getLateChangeAt() {
        return lateChangeAt;
    }

    public String getLateChangeBy() {
        return lateChangeBy;
    }
}
