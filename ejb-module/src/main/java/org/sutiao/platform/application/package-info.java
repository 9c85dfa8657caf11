/** Start-up of the platform: schema migration and the first-start import of reference and demo data. */
package org.sutiao.platform.application;
