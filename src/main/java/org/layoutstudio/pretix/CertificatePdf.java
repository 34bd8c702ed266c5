package org.layoutstudio.pretix;

/**
 * A downloaded certificate of attendance.
 *
 * @param positionId the order position it belongs to
 * @param fileName   the file name pretix proposed (Content-Disposition), else {@code certificate-<id>.pdf};
 *                   stripped of any folder parts
 * @param pdf        the PDF bytes
 * @param attempts   how many HTTP requests it took
 */
public record CertificatePdf(long positionId, String fileName, byte[] pdf, int attempts) {
}
