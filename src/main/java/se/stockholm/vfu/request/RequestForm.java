package se.stockholm.vfu.request;

import jakarta.json.bind.annotation.JsonbTransient;
import jakarta.json.bind.annotation.JsonbTypeDeserializer;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import se.stockholm.vfu.api.LanguagesJson;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

/**
 * What a coordinator fills in (page) or sends (API) for one student request. Ranked preferences are arrays of
 * three slots so a page can bind one select per rank; {@link #toData()} hands the rules to {@link RequestData}.
 * The version is the one the user read: saving over someone else's later change is refused.
 */
public class RequestForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotBlank(message = "{request.required}")
    @Size(max = RequestData.REF_MAX, message = "{request.tooLong}")
    private String studentRef;

    @NotBlank(message = "{request.required}")
    @Size(max = RequestData.NAME_MAX, message = "{request.tooLong}")
    private String studentName;

    @NotBlank(message = "{request.required}")
    @Size(max = RequestData.EMAIL_MAX, message = "{request.tooLong}")
    private String studentEmail;

    private String homeUniversity;
    private boolean noPreference;
    private Long[] areaPreferences = new Long[RequestData.MAX_PREFERENCES];
    private Long[] districtPreferences = new Long[RequestData.MAX_PREFERENCES];
    @JsonbTypeDeserializer(LanguagesJson.AsText.class)
    private String languages = "sv";
    private boolean extraSupport;
    private String extraSupportNote;
    private Long[] exclusions = new Long[0];
    private String notes;
    private Long version;

    public static RequestForm of(RequestDetails details) {
        RequestForm form = new RequestForm();
        form.studentRef = details.studentRef();
        form.studentName = details.studentName();
        form.studentEmail = details.studentEmail();
        form.homeUniversity = details.homeUniversity();
        form.noPreference = details.noPreference();
        form.areaPreferences = slots(details.areaPreferences());
        form.districtPreferences = slots(details.districtPreferences());
        form.languages = String.join(", ", details.languages());
        form.extraSupport = Boolean.TRUE.equals(details.extraSupport());
        form.extraSupportNote = details.extraSupportNote();
        form.exclusions = details.exclusions().toArray(Long[]::new);
        form.notes = details.notes();
        form.version = details.version();
        return form;
    }

    public RequestData toData() {
        return new RequestData(studentRef, studentName, studentEmail, homeUniversity, noPreference,
                list(areaPreferences), list(districtPreferences), languageList(languages), extraSupport,
                extraSupportNote, list(exclusions), notes);
    }

    /** Languages as typed: codes separated by commas, semicolons or spaces. */
    public static List<String> languageList(String typed) {
        return typed == null ? List.of() : Arrays.stream(typed.split("[,;\\s]+")).filter(s -> !s.isBlank()).toList();
    }

    private static Long[] slots(List<Long> ids) {
        Long[] slots = new Long[RequestData.MAX_PREFERENCES];
        for (int i = 0; i < Math.min(ids.size(), slots.length); i++) {
            slots[i] = ids.get(i);
        }
        return slots;
    }

    private static List<Long> list(Long[] ids) {
        return ids == null ? List.of() : Arrays.asList(ids);
    }

    public String getStudentRef() {
        return studentRef;
    }

    public void setStudentRef(String studentRef) {
        this.studentRef = studentRef;
    }

    public String getStudentName() {
        return studentName;
    }

    public void setStudentName(String studentName) {
        this.studentName = studentName;
    }

    public String getStudentEmail() {
        return studentEmail;
    }

    public void setStudentEmail(String studentEmail) {
        this.studentEmail = studentEmail;
    }

    public String getHomeUniversity() {
        return homeUniversity;
    }

    public void setHomeUniversity(String homeUniversity) {
        this.homeUniversity = homeUniversity;
    }

    public boolean isNoPreference() {
        return noPreference;
    }

    public void setNoPreference(boolean noPreference) {
        this.noPreference = noPreference;
    }

    public Long[] getAreaPreferences() {
        return areaPreferences;
    }

    public void setAreaPreferences(Long[] areaPreferences) {
        this.areaPreferences = areaPreferences;
    }

    public Long[] getDistrictPreferences() {
        return districtPreferences;
    }

    public void setDistrictPreferences(Long[] districtPreferences) {
        this.districtPreferences = districtPreferences;
    }

    public String getLanguages() {
        return languages;
    }

    public void setLanguages(String languages) {
        this.languages = languages;
    }

    public boolean isExtraSupport() {
        return extraSupport;
    }

    public void setExtraSupport(boolean extraSupport) {
        this.extraSupport = extraSupport;
    }

    public String getExtraSupportNote() {
        return extraSupportNote;
    }

    public void setExtraSupportNote(String extraSupportNote) {
        this.extraSupportNote = extraSupportNote;
    }

    public Long[] getExclusions() {
        return exclusions;
    }

    public void setExclusions(Long[] exclusions) {
        this.exclusions = exclusions;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }

    /** The version read before editing; null when creating. */
    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }

    @JsonbTransient
    public boolean isMediated() {
        return homeUniversity != null && !homeUniversity.isBlank();
    }
}
