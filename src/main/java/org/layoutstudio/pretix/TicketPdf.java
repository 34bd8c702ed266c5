package org.layoutstudio.pretix;

/**
 * pretix's own ticket PDF of one order position, as its ticket output renders it.
 *
 * @param positionId the order position it belongs to
 * @param fileName   the file name pretix proposed (Content-Disposition), else {@code ticket-<id>.pdf};
 *                   stripped of any folder parts
 * @param pdf        the PDF bytes
 * @param attempts   how many HTTP requests it took
 */
public record TicketPdf(long positionId, String fileName, byte[] pdf, int attempts) {
}
