package se.stockholm.vfu.network;

import java.io.Serializable;

/** A placed student on an introduction day's list: from the placement and its request, never stored with the event. */
public record IntroductionStudent(long requestId, long placementId, String studentName, String studentEmail,
                                  String universityCode, String districtName) implements Serializable {
}
