package se.stockholm.vfu.recruitment;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import java.io.Serializable;
import java.time.LocalDate;

/** A trainee post as typed: the district only counts for the central contact (a district contact reports its own). */
public class PostForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long districtId;
    @NotNull(message = "{field.required}")
    private Long unitId;
    @NotNull(message = "{field.required}")
    private Long areaId;
    @NotNull(message = "{field.required}")
    private LocalDate periodStart;
    @NotNull(message = "{field.required}")
    private LocalDate periodEnd;
    @NotNull(message = "{field.required}")
    @Min(value = 1, message = "{field.min}")
    @Max(value = TraineePost.MAX_POSTS, message = "{field.maxCount}")
    private Integer posts = 1;
    @NotNull(message = "{field.required}")
    private PostStatus status = PostStatus.PLANNED;
    /** The version the change was made on; null for a new post. */
    private Long version;

    public static PostForm of(PostRow row) {
        PostForm form = new PostForm();
        form.districtId = row.districtId();
        form.unitId = row.unitId();
        form.areaId = row.areaId();
        form.periodStart = row.periodStart();
        form.periodEnd = row.periodEnd();
        form.posts = row.posts();
        form.status = row.status();
        form.version = row.version();
        return form;
    }

    public Long getDistrictId() {
        return districtId;
    }

    public void setDistrictId(Long districtId) {
        this.districtId = districtId;
    }

    public Long getUnitId() {
        return unitId;
    }

    public void setUnitId(Long unitId) {
        this.unitId = unitId;
    }

    public Long getAreaId() {
        return areaId;
    }

    public void setAreaId(Long areaId) {
        this.areaId = areaId;
    }

    public LocalDate getPeriodStart() {
        return periodStart;
    }

    public void setPeriodStart(LocalDate periodStart) {
        this.periodStart = periodStart;
    }

    public LocalDate getPeriodEnd() {
        return periodEnd;
    }

    public void setPeriodEnd(LocalDate periodEnd) {
        this.periodEnd = periodEnd;
    }

    public Integer getPosts() {
        return posts;
    }

    public void setPosts(Integer posts) {
        this.posts = posts;
    }

    public PostStatus getStatus() {
        return status;
    }

    public void setStatus(PostStatus status) {
        this.status = status;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
