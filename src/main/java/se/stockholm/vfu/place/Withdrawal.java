package se.stockholm.vfu.place;

import java.io.Serializable;

/**
 * Why a place offer is withdrawn: the API's JSON body and the page's dialog. Required and at most
 * {@value PlaceOffer#REASON_MAX} characters, which the offer itself checks, so the message is the same everywhere.
 */
public class Withdrawal implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long version;

    private String reason;

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
