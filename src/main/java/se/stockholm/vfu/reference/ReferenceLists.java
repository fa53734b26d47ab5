package se.stockholm.vfu.reference;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;

/**
 * The districts, universities and areas of work for any page's selection lists ({@code #{referenceLists.districts}}),
 * so that a view bean need not pass them through getters of its own, and for services whose figures list them (the
 * dashboard, the what-if analysis): read at most once per request, however many parts of the page need them.
 */
@Named
@RequestScoped
public class ReferenceLists {

    @Inject
    private ReferenceDataService service;

    private List<District> districts;
    private List<University> universities;
    private List<AreaOfWork> areas;

    public List<District> getDistricts() {
        if (districts == null) {
            districts = service.districts();
        }
        return districts;
    }

    public List<University> getUniversities() {
        if (universities == null) {
            universities = service.universities();
        }
        return universities;
    }

    public List<AreaOfWork> getAreas() {
        if (areas == null) {
            areas = service.areasOfWork();
        }
        return areas;
    }

    /**
     * An area of work's name by its code in the language given ("sv" or "en"), for figures that carry the code and the
     * Swedish name (the dashboards' and the term report's breakdown by area, the allocation's shortage, what-if and
     * move targets): the one way to name an area in a language; that Swedish name for an area no longer offered.
     */
    public String areaName(String code, String swedishName, String language) {
        return getAreas().stream().filter(area -> area.getCode().equals(code)).findFirst()
                .map(area -> area.getName(language)).orElse(swedishName);
    }

    /**
     * A university's name by its code in the language given ("sv" or "en"), for figures that carry the code and the
     * Swedish name (the dashboards' and the term report's breakdown by university); that Swedish name for one no longer
     * active.
     */
    public String universityName(String code, String swedishName, String language) {
        return getUniversities().stream().filter(university -> university.getCode().equals(code)).findFirst()
                .map(university -> university.getName(language)).orElse(swedishName);
    }
}
