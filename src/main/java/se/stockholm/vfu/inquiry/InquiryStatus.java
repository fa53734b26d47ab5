package se.stockholm.vfu.inquiry;

/**
 * Where a student's direct inquiry stands: the district has forwarded it to a university, the
 * university has acknowledged it, and then either made a request of it or declined it.
 */
public enum InquiryStatus {
    FORWARDED, ACKNOWLEDGED, TURNED_INTO_REQUEST, DECLINED;

    public boolean isOpen() {
        return this == FORWARDED || this == ACKNOWLEDGED;
    }
}
