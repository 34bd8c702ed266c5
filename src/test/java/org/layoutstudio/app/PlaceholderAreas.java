package org.layoutstudio.app;

/** Stand-ins for the two main areas that only show what the shell routes to them (shell tests). */
final class PlaceholderAreas {
    static final AreaFactory FACTORY = new AreaFactory() {
        @Override
        public LayoutsArea layouts(ShellContext context) {
            return new PlaceholderLayoutsArea(context);
        }

        @Override
        public CertificatesArea certificates(ShellContext context) {
            return new PlaceholderCertificatesArea(context);
        }
    };

    private PlaceholderAreas() {
    }
}
