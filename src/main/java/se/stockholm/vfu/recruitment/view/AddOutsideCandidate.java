package se.stockholm.vfu.recruitment.view;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import se.stockholm.vfu.recruitment.CandidateService;
import se.stockholm.vfu.recruitment.CandidateForm;
import se.stockholm.vfu.web.Messages;

import java.io.Serializable;

/** Adds a candidate from outside the VFU (name and e-mail) to the open post. */
@Named
@ViewScoped
public class AddOutsideCandidate implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CandidateService service;

    @Inject
    private RecruitmentPage page;

    private CandidateForm outside = new CandidateForm();

    public void add() {
        service.addCandidate(page.getPost().id(), outside);
        Messages.info("recruitment.added", outside.getName());
        outside = new CandidateForm();
        page.reloadCandidates();
    }

    public CandidateForm getOutside() {
        return outside;
    }
}
