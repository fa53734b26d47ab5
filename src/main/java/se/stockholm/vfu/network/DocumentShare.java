package se.stockholm.vfu.network;

import jakarta.persistence.Entity;
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

/** A district or a university a document is shared with; part of its {@link NetworkDocument}. */
@Audited
@Entity
@Table(name = "network_document_share")
public class DocumentShare {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "document_id", nullable = false, updatable = false)
    private NetworkDocument document;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "district_id", updatable = false)
    private District district;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "university_id", updatable = false)
    private University university;

    protected DocumentShare() {
    }

    DocumentShare(NetworkDocument document, District district, University university) {
        if ((district == null) == (university == null)) {
            throw new IllegalArgumentException("A share is with a district or a university");
        }
        this.document = document;
        this.district = district;
        this.university = university;
    }

    public District getDistrict() {
        return district;
    }

    public University getUniversity() {
        return university;
    }
}
