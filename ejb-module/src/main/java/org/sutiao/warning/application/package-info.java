/** Early warnings read within the caller's case scope, and HQ's editing of their thresholds. */
package org.sutiao.warning.application;
