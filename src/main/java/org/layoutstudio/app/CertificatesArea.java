package org.layoutstudio.app;

/** The certificate viewer as the shell sees it. */
public interface CertificatesArea extends StudioArea {
}
