package se.stockholm.vfu.allocation.view;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import se.stockholm.vfu.allocation.WhatIfReport;
import se.stockholm.vfu.allocation.WhatIfService;
import se.stockholm.vfu.reference.ReferenceLists;
import se.stockholm.vfu.term.view.ViewTerm;
import se.stockholm.vfu.web.Messages;

import java.io.Serializable;

/**
 * The allocation page's panel on what one more place would buy, worked out when the central contact asks (it reads
 * every request and place of the term) for the term the page was opened with.
 */
@Named
@ViewScoped
public class AllocationWhatIf implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private WhatIfService whatIfService;

    @Inject
    private ViewTerm viewTerm;

    @Inject
    private ReferenceLists referenceLists;

    private WhatIfReport report;

    public void compute() {
        Long termId = viewTerm.getTermId();
        if (termId != null) {
            // ties in the order of the names the page shows: areas are named in its language
            String language = Messages.locale().getLanguage();
            report = whatIfService.whatIf(termId)
                    .inOrderOf((code, swedishName) -> referenceLists.areaName(code, swedishName, language));
        }
    }

    public WhatIfReport getReport() {
        return report;
    }
}
