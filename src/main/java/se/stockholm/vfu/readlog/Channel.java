package se.stockholm.vfu.readlog;

/** How a student's data reached the reader. */
public enum Channel {
    /** A portal page (a view or an ajax update of it, such as paging a table). */
    PAGE,
    /** A call of the JSON API. */
    API,
    /** A table's CSV or Excel export, or the data-subject export. */
    EXPORT,
    /** A service call outside any page or API request (a scheduled job, an in-container test). */
    SERVICE
}
