package se.stockholm.vfu.network;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;
import se.stockholm.vfu.reference.District;
import se.stockholm.vfu.reference.University;

import java.util.Objects;

/**
 * One invited organisation of an event: a district (its contacts) or a university (its coordinators), and whether
 * it attended. Part of its {@link NetworkEvent}, which is the one versioned record.
 */
@Audited
@Entity
@Table(name = "network_event_invitee")
public class EventInvitee {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "event_id", nullable = false, updatable = false)
    private NetworkEvent event;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "district_id", updatable = false)
    private District district;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "university_id", updatable = false)
    private University university;

    @Enumerated(EnumType.STRING)
    @Column(length = 12)
    private Attendance attendance;

    protected EventInvitee() {
    }

    EventInvitee(NetworkEvent event, District district, University university) {
        if ((district == null) == (university == null)) {
            throw new IllegalArgumentException("An invitee is a district or a university");
        }
        this.event = Objects.requireNonNull(event);
        this.district = district;
        this.university = university;
    }

    public boolean isDistrict(long id) {
        return district != null && district.getId() == id;
    }

    public boolean isUniversity(long id) {
        return university != null && university.getId() == id;
    }

    void record(Attendance value) {
        attendance = value;
    }

    public Long getId() {
        return id;
    }

    public District getDistrict() {
        return district;
    }

    public University getUniversity() {
        return university;
    }

    public Attendance getAttendance() {
        return attendance;
    }
}
