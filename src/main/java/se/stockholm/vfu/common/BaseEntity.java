package se.stockholm.vfu.common;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.Version;

import java.util.Objects;

/**
 * Identity and optimistic locking shared by every entity. Equality is by id, so an entity
 * loaded twice in different persistence contexts is still the same record; a new, unsaved
 * entity is equal only to itself.
 */
@MappedSuperclass
public abstract class BaseEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** Two users saving the same record: the second gets an OptimisticLockException instead of overwriting. */
    @Version
    @Column(nullable = false)
    private long version;

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    /**
     * Refuses a change made on an old copy: the version the user saw is not the stored one, because someone else
     * saved the record after the user read it. A change that does not say which version it was made on is refused
     * too (field {@code version}): accepting it would overwrite whatever was saved meanwhile without anyone knowing.
     */
    public void requireVersion(Long seen) {
        if (seen == null) {
            throw new InvalidInputException("version", "error.versionRequired");
        }
        if (seen != version) {
            throw new OptimisticLockException();
        }
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (other == null || !getClass().equals(other.getClass())) {
            return false;
        }
        return id != null && Objects.equals(id, ((BaseEntity) other).id);
    }

    @Override
    public int hashCode() {
        return getClass().hashCode();
    }
}
