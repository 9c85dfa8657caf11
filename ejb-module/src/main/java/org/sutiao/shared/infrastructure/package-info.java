/** Technical helpers several contexts share (spreadsheet layout). */
package org.sutiao.shared.infrastructure;
