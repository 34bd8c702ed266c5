package org.layoutstudio.bench;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The baseline a benchmark is compared with: another benchmark method of the same class, measured in
 * the same run (with the same parameters where it has them). {@link BenchRatios} prints the ratio.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface RatioTo {
    /** The baseline benchmark method's name. */
    String value();
}
