package se.stockholm.vfu.network;

/** A stored file ready to download: the name it was uploaded as, its checked type and its bytes. */
public record DocumentFile(String fileName, String contentType, byte[] content) {
}
