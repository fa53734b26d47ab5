package se.stockholm.vfu.network;

/** The three kinds of event the letter of intent gives the central contact to run. */
public enum EventKind {
    /** A meeting of the network of district contacts; the universities are invited. */
    NETWORK_MEETING,
    /** The joint introduction of all VFU students at the start of a term's VFU period. */
    INTRODUCTION_DAY,
    /** The yearly workshop of city and universities before the autumn term. */
    WORKSHOP
}
