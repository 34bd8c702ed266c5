package org.layoutstudio;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The package rules of DESIGN.md: one direction, and no JavaFX below the UI. */
@AnalyzeClasses(packages = "org.layoutstudio", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    private static final String B = "org.layoutstudio.";

    @ArchTest
    static final ArchRule noJavaFxBelowTheUi = noClasses()
            .that().resideInAnyPackage(B + "layout..", B + "render..", B + "pretix..", B + "sandbox..", B + "cli..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "atlantafx..", "org.kordamp..");

    @ArchTest
    static final ArchRule layoutUsesNothingOfOurs = noClasses()
            .that().resideInAPackage(B + "layout..")
            .should().dependOnClassesThat().resideInAnyPackage(B + "render..", B + "pretix..", B + "sandbox..",
                    B + "editor..", B + "certificates..", B + "app..", B + "cli..");

    @ArchTest
    static final ArchRule renderAndPretixDoNotKnowEachOther = noClasses()
            .that().resideInAPackage(B + "render..")
            .should().dependOnClassesThat().resideInAnyPackage(B + "pretix..", B + "sandbox..",
                    B + "editor..", B + "certificates..", B + "app..", B + "cli..");

    @ArchTest
    static final ArchRule pretixUsesOnlyLayout = noClasses()
            .that().resideInAPackage(B + "pretix..")
            .should().dependOnClassesThat().resideInAnyPackage(B + "render..", B + "sandbox..",
                    B + "editor..", B + "certificates..", B + "app..", B + "cli..");

    @ArchTest
    static final ArchRule sandboxUsesRowsFourAndFive = noClasses()
            .that().resideInAPackage(B + "sandbox..")
            .should().dependOnClassesThat().resideInAnyPackage(B + "editor..", B + "certificates..", B + "app..", B + "cli..");

    @ArchTest
    static final ArchRule uiAreasDoNotKnowTheSandboxOrEachOther = noClasses()
            .that().resideInAnyPackage(B + "editor..", B + "certificates..")
            .should().dependOnClassesThat().resideInAnyPackage(B + "sandbox..", B + "app..", B + "cli..");

    @ArchTest
    static final ArchRule sharedUiSupportStaysBelowTheAreas = noClasses()
            .that().resideInAPackage(B + "ui..")
            .should().dependOnClassesThat().resideInAnyPackage(B + "editor..", B + "certificates..", B + "app..",
                    B + "cli..", B + "sandbox..");

    @ArchTest
    static final ArchRule editorDoesNotKnowCertificates = noClasses()
            .that().resideInAPackage(B + "editor..")
            .should().dependOnClassesThat().resideInAPackage(B + "certificates..");

    @ArchTest
    static final ArchRule certificatesDoNotKnowEditor = noClasses()
            .that().resideInAPackage(B + "certificates..")
            .should().dependOnClassesThat().resideInAPackage(B + "editor..");

    @ArchTest
    static final ArchRule cliStaysBelowTheUi = noClasses()
            .that().resideInAPackage(B + "cli..")
            .should().dependOnClassesThat().resideInAnyPackage(B + "editor..", B + "certificates..", B + "app..");
}
