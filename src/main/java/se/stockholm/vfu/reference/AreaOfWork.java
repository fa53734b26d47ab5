package se.stockholm.vfu.reference;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;
import se.stockholm.vfu.common.BaseEntity;

/** A social-services area of work (verksamhetsområde) a place can be in; kept as data so new areas need no release. */
@Entity
@Audited
@Table(name = "area_of_work")
public class AreaOfWork extends BaseEntity {

    @Column(nullable = false, unique = true, length = 10)
    private String code;

    @Column(name = "name_sv", nullable = false, length = 120)
    private String nameSv;

    @Column(name = "name_en", nullable = false, length = 120)
    private String nameEn;

    @Column(nullable = false)
    private boolean active = true;

    protected AreaOfWork() {
    }

    public AreaOfWork(String code, String nameSv, String nameEn) {
        this.code = code;
        this.nameSv = nameSv;
        this.nameEn = nameEn;
    }

    public String getCode() {
        return code;
    }

    public String getNameSv() {
        return nameSv;
    }

    public String getNameEn() {
        return nameEn;
    }

    public String getName(String language) {
        return "en".equals(language) ? nameEn : nameSv;
    }

    public boolean isActive() {
        return active;
    }
}
