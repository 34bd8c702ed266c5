package org.layoutstudio.app;

/**
 * Makes the two main areas. {@link #standard()} is what the app uses; the wiring of the real editor
 * and certificate viewer happens here and nowhere else.
 */
public interface AreaFactory {
    LayoutsArea layouts(ShellContext context);

    CertificatesArea certificates(ShellContext context);

    /** The areas the application shows: the layout editor and the certificate viewer. */
    static AreaFactory standard() {
        return new AreaFactory() {
            @Override
            public LayoutsArea layouts(ShellContext context) {
                return new EditorLayoutsArea(context);
            }

            @Override
            public CertificatesArea certificates(ShellContext context) {
                return new PretixCertificatesArea(context);
            }
        };
    }
}
