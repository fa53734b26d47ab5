package se.stockholm.vfu.placement;

import java.util.List;

/**
 * A confirmed placement and what the district should know about it: message keys of warnings that did not stop the
 * confirmation (a supervisor who has not completed supervisor training). The API returns the placement; a page
 * shows the warnings.
 */
public record Confirmation(PlacementRow placement, List<String> warnings) {
}
