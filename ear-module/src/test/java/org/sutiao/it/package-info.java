/** Container and browser tests against the real EAR on a managed WildFly. */
package org.sutiao.it;
