package io.certgate.certservice.validation;

import java.util.List;

/** One certificate rule: a pure function from what is known about the certificate to its findings, in path order. */
@FunctionalInterface
interface Rule {

    List<Finding> check(ValidationContext ctx);
}
