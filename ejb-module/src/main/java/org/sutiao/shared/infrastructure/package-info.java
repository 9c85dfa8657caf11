/** Technical helpers several contexts share (spreadsheet layout, settings from the environment). */
package org.sutiao.shared.infrastructure;
