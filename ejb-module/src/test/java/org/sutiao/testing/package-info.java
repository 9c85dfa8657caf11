/** Test data builders shared by the unit tests and the container tests (packed as the ejb-module test-jar). */
package org.sutiao.testing;
